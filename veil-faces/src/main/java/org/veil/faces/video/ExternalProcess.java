package org.veil.faces.video;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One ffmpeg or ffprobe process. Its standard error is drained on a thread of its own (a full pipe would stall the
 * process) and the first few kilobytes are kept for the refusal message; {@link #close} kills a process that is
 * still running, so an aborted run leaves nothing behind.
 */
final class ExternalProcess implements AutoCloseable {
    private static final int KEPT_ERROR_CHARS = 4096;

    private final Process process;
    private final Thread drain;
    private final StringBuilder errors = new StringBuilder();

    private ExternalProcess(Process process) {
        this.process = process;
        this.drain = new Thread(this::drainErrors, "ffmpeg-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    static ExternalProcess start(List<String> command, boolean discardOutput) throws IOException {
        ProcessBuilder b = new ProcessBuilder(command);
        if (discardOutput) {
            b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return new ExternalProcess(b.start());
    }

    InputStream stdout() {
        return process.getInputStream();
    }

    OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Waits for the end (closing standard input first) and returns the exit code. */
    int finish() throws IOException, InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // Already closed by the process ending; the exit code tells what happened.
        }
        int code = process.waitFor();
        drain.join(TimeUnit.SECONDS.toMillis(5));
        return code;
    }

    /** What the process wrote on standard error (its first lines), trimmed; empty when nothing. */
    String errors() {
        synchronized (errors) {
            return errors.toString().strip();
        }
    }

    /** The first line of {@link #errors}, for a one-line refusal. */
    String firstError() {
        String e = errors();
        int nl = e.indexOf('\n');
        return nl < 0 ? e : e.substring(0, nl).strip();
    }

    private void drainErrors() {
        byte[] buf = new byte[8192];
        try (InputStream in = process.getErrorStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (errors) {
                    if (errors.length() < KEPT_ERROR_CHARS) {
                        errors.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // The process was killed; its exit code is what counts.
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
