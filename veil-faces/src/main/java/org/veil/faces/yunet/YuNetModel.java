package org.veil.faces.yunet;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.veil.faces.Box;
import org.veil.faces.Landmarks;
import org.veil.faces.NativeThreads;
import org.veil.faces.image.RgbRaster;

/**
 * The YuNet face detector (libfacedetection.train, {@code yunet_n_dynamic.onnx}) on ONNX Runtime, and its decoding
 * as OpenCV's {@code FaceDetectorYN} does it. Input {@code input}: [1, 3, H, W] BGR floats in [0, 255], H and W
 * multiples of 32 (the image padded with zeros at the right and bottom). Outputs per stride s in 8, 16, 32, each
 * with (H/s)·(W/s) rows in row-major grid order: {@code cls_s} and {@code obj_s} (one probability each),
 * {@code bbox_s} (dx, dy, log w, log h) and {@code kps_s} (five (dx, dy) landmark offsets). For grid cell (c, r):
 * score = √(clamp(cls)·clamp(obj)); centre = ((c + dx)·s, (r + dy)·s); size = (e^lw·s, e^lh·s); landmark k =
 * ((c + kx)·s, (r + ky)·s). Landmarks: right eye, left eye, nose tip, right and left mouth corner.
 *
 * <p>One session per instance and one input buffer, grown when a larger window comes and then reused; one thread
 * at a time.
 */
final class YuNetModel implements AutoCloseable {
    /** A face in window pixels, with its landmarks. */
    record Detection(Box box, double score, Landmarks landmarks) {
    }

    static final String RESOURCE = "/org/veil/faces/yunet/yunet_n_dynamic.onnx";
    static final int[] STRIDES = {8, 16, 32};
    /** Input sides must be multiples of the largest stride. */
    static final int ALIGN = 32;
    private static final String INPUT = "input";

    private final OrtEnvironment env;
    private final OrtSession session;
    private FloatBuffer input;

    YuNetModel() {
        this.env = OrtEnvironment.getEnvironment();
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (NativeThreads.get() > 0) {
                options.setIntraOpNumThreads(NativeThreads.get());
                options.setInterOpNumThreads(1);
            }
            this.session = env.createSession(readResource(), options);
        } catch (OrtException e) {
            throw new IllegalStateException("YuNet model cannot be loaded: " + e.getMessage(), e);
        }
        try {
            checkLayout();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static byte[] readResource() {
        try (InputStream in = YuNetModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("YuNet model " + RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("YuNet model cannot be read: " + e.getMessage(), e);
        }
    }

    private void checkLayout() {
        try {
            long[] in = shape(session.getInputInfo(), INPUT);
            if (in.length != 4 || in[1] != 3) {
                throw new IllegalStateException("YuNet model: unexpected input shape " + Arrays.toString(in));
            }
            for (int s : STRIDES) {
                expectLast(session.getOutputInfo(), "cls_" + s, 1);
                expectLast(session.getOutputInfo(), "obj_" + s, 1);
                expectLast(session.getOutputInfo(), "bbox_" + s, 4);
                expectLast(session.getOutputInfo(), "kps_" + s, 10);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("YuNet model: " + e.getMessage(), e);
        }
    }

    private static void expectLast(Map<String, NodeInfo> infos, String name, int last) {
        long[] s = shape(infos, name);
        if (s.length != 3 || s[2] != last) {
            throw new IllegalStateException("YuNet model: output " + name + " has shape " + Arrays.toString(s)
                    + ", expected [1, n, " + last + "]");
        }
    }

    private static long[] shape(Map<String, NodeInfo> infos, String name) {
        NodeInfo info = infos.get(name);
        if (info == null || !(info.getInfo() instanceof TensorInfo tensor)) {
            throw new IllegalStateException("YuNet model has no tensor " + name);
        }
        return tensor.getShape();
    }

    static int aligned(int side) {
        return Math.max(ALIGN, (side + ALIGN - 1) / ALIGN * ALIGN);
    }

    /**
     * Runs the network on the {@code w}×{@code h} rectangle of {@code raster} at ({@code left}, {@code top}),
     * padded up to multiples of 32, and returns every grid cell scoring at least {@code minScore}, un-merged, in
     * window pixels (relative to ({@code left}, {@code top})).
     */
    List<Detection> detect(RgbRaster raster, int left, int top, int w, int h, double minScore) {
        int pw = aligned(w);
        int ph = aligned(h);
        int floats = 3 * pw * ph;
        if (input == null || input.capacity() < floats) {
            input = ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        // Only the w×h part holds the picture: the rest of the padded window reads as outside the raster (0).
        raster.writePlanarBgr(left, top, pw, ph, input);
        if (w < pw || h < ph) {
            zeroBeyond(w, h, pw, ph);
        }
        List<Detection> found = new ArrayList<>();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, new long[] {1, 3, ph, pw});
                OrtSession.Result result = session.run(Map.of(INPUT, tensor))) {
            for (int s : STRIDES) {
                decode(s, pw / s, ph / s, floats(result, "cls_" + s), floats(result, "obj_" + s),
                        floats(result, "bbox_" + s), floats(result, "kps_" + s), minScore, found);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("YuNet model failed: " + e.getMessage(), e);
        }
        return found;
    }

    /** Pixels of the padded window past the requested w×h (but inside the raster) are blanked, as OpenCV pads. */
    private void zeroBeyond(int w, int h, int pw, int ph) {
        int plane = pw * ph;
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < ph; y++) {
                for (int x = y < h ? w : 0; x < pw; x++) {
                    input.put(c * plane + y * pw + x, 0f);
                }
            }
        }
    }

    private static FloatBuffer floats(OrtSession.Result result, String name) {
        return ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
    }

    private static void decode(int stride, int cols, int rows, FloatBuffer cls, FloatBuffer obj, FloatBuffer bbox,
                               FloatBuffer kps, double minScore, List<Detection> into) {
        int cells = cols * rows;
        if (cls.remaining() < cells || bbox.remaining() < cells * 4 || kps.remaining() < cells * 10) {
            throw new IllegalStateException("YuNet model: stride " + stride + " outputs are shorter than the grid");
        }
        for (int idx = 0; idx < cells; idx++) {
            double score = Math.sqrt(clamp01(cls.get(idx)) * clamp01(obj.get(idx)));
            if (score < minScore) {
                continue;
            }
            int r = idx / cols;
            int c = idx % cols;
            double cx = (c + bbox.get(idx * 4)) * stride;
            double cy = (r + bbox.get(idx * 4 + 1)) * stride;
            double bw = Math.exp(bbox.get(idx * 4 + 2)) * stride;
            double bh = Math.exp(bbox.get(idx * 4 + 3)) * stride;
            Landmarks.Point[] p = new Landmarks.Point[5];
            for (int n = 0; n < 5; n++) {
                p[n] = new Landmarks.Point((kps.get(idx * 10 + 2 * n) + c) * stride,
                        (kps.get(idx * 10 + 2 * n + 1) + r) * stride);
            }
            into.add(new Detection(new Box(cx - bw / 2, cy - bh / 2, bw, bh), score,
                    new Landmarks(p[0], p[1], p[2], p[3], p[4])));
        }
    }

    private static double clamp01(float v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing frees native memory; a failure here leaves nothing for the caller to act on.
        }
    }
}
