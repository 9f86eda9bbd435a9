package org.veil.faces.blazeface;

import org.veil.faces.image.RgbRaster;
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
import java.util.List;
import java.util.Map;
import org.veil.faces.Box;

/**
 * One MediaPipe BlazeFace network (Keijiro Takahashi's Barracuda-friendly ONNX export of the TFLite originals) and
 * its SSD decoding. The export keeps the TFLite graph as is: input {@code input:0} is NHWC RGB in [-1, 1]; the
 * outputs are raw, un-decoded SSD heads split by feature map: {@code Identity:0}/{@code Identity_2:0} are the scores
 * and 16 regressors of the 16×16 map with 2 anchors per cell, {@code Identity_1:0}/{@code Identity_3:0} those of
 * the 8×8 map with 6 anchors per cell (896 anchors, the same layout for the 128 px and the 256 px model).
 * Anchors have fixed size 1 and sit at cell centres, so a box is the anchor centre plus regressors divided by the
 * input size. Keypoints (regressors 4..15) are not used.
 */
final class BlazeFaceModel implements AutoCloseable {
    /** A box in model-input pixels (may extend past the input) with its sigmoid score. */
    record Detection(Box box, double score) {
    }

    private record Head(String scores, String boxes, int cells, int anchorsPerCell) {
    }

    private static final List<Head> HEADS = List.of(
            new Head("Identity:0", "Identity_2:0", 16, 2),
            new Head("Identity_1:0", "Identity_3:0", 8, 6));
    private static final String INPUT = "input:0";
    private static final int REGRESSORS = 16;
    /** MediaPipe clamps raw scores to ±100 before the sigmoid; exp() would overflow to NaN-prone extremes otherwise. */
    private static final double SCORE_CLIP = 100;

    private final String resource;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final FloatBuffer input;
    final int inputSize;

    /** Loads {@code resource} (a classpath path next to this class) and checks its tensors match the layout above. */
    BlazeFaceModel(String resource) {
        this.resource = resource;
        this.env = OrtEnvironment.getEnvironment();
        byte[] bytes = readResource(resource);
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // The export carries a few unused initializers; ONNX Runtime warns about each on every load.
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (org.veil.faces.NativeThreads.get() > 0) {
                options.setIntraOpNumThreads(org.veil.faces.NativeThreads.get());
                options.setInterOpNumThreads(1);
            }
            this.session = env.createSession(bytes, options);
        } catch (OrtException e) {
            throw new IllegalStateException("BlazeFace model " + resource + " cannot be loaded: " + e.getMessage(), e);
        }
        try {
            this.inputSize = checkLayout();
        } catch (RuntimeException | OrtException e) {
            closeQuietly();
            throw e instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("BlazeFace model " + resource + ": " + e.getMessage(), e);
        }
        this.input = ByteBuffer.allocateDirect(inputSize * inputSize * 3 * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = BlazeFaceModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("BlazeFace model " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("BlazeFace model " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private int checkLayout() throws OrtException {
        long[] in = shape(session.getInputInfo(), INPUT);
        if (in.length != 4 || in[0] != 1 || in[1] != in[2] || in[3] != 3) {
            throw new IllegalStateException("BlazeFace model " + resource + ": unexpected input shape "
                    + java.util.Arrays.toString(in) + ", expected [1, n, n, 3]");
        }
        for (Head head : HEADS) {
            int anchors = head.cells * head.cells * head.anchorsPerCell;
            long[] s = shape(session.getOutputInfo(), head.scores);
            long[] b = shape(session.getOutputInfo(), head.boxes);
            if (s.length != 3 || s[1] != anchors || s[2] != 1 || b.length != 3 || b[1] != anchors
                    || b[2] != REGRESSORS) {
                throw new IllegalStateException("BlazeFace model " + resource + ": outputs " + head.scores + "/"
                        + head.boxes + " are not " + anchors + " anchors");
            }
        }
        return (int) in[1];
    }

    private long[] shape(Map<String, NodeInfo> infos, String name) {
        NodeInfo info = infos.get(name);
        if (info == null || !(info.getInfo() instanceof TensorInfo tensor)) {
            throw new IllegalStateException("BlazeFace model " + resource + " has no tensor " + name);
        }
        return tensor.getShape();
    }

    /**
     * Runs the network on the {@code inputSize}-pixel square of {@code raster} at ({@code left}, {@code top}) and
     * returns every anchor whose score reaches {@code minScore}, un-merged.
     */
    List<Detection> detect(RgbRaster raster, int left, int top, double minScore) {
        raster.writeSquare(left, top, inputSize, input);
        List<Detection> found = new ArrayList<>();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, new long[] {1, inputSize, inputSize, 3});
                OrtSession.Result result = session.run(Map.of(INPUT, tensor))) {
            for (Head head : HEADS) {
                FloatBuffer scores = floats(result, head.scores);
                FloatBuffer boxes = floats(result, head.boxes);
                decode(head, scores, boxes, minScore, found);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("BlazeFace model " + resource + " failed: " + e.getMessage(), e);
        }
        return found;
    }

    private static FloatBuffer floats(OrtSession.Result result, String name) {
        return ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
    }

    private void decode(Head head, FloatBuffer scores, FloatBuffer boxes, double minScore, List<Detection> into) {
        double cellSize = (double) inputSize / head.cells;
        int anchors = head.cells * head.cells * head.anchorsPerCell;
        for (int i = 0; i < anchors; i++) {
            double raw = Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, scores.get(i)));
            double score = 1 / (1 + Math.exp(-raw));
            if (score < minScore) {
                continue;
            }
            int cell = i / head.anchorsPerCell;
            double anchorX = (cell % head.cells + 0.5) * cellSize;
            double anchorY = (cell / head.cells + 0.5) * cellSize;
            int r = i * REGRESSORS;
            double cx = anchorX + boxes.get(r);
            double cy = anchorY + boxes.get(r + 1);
            double w = Math.max(0, boxes.get(r + 2));
            double h = Math.max(0, boxes.get(r + 3));
            into.add(new Detection(new Box(cx - w / 2, cy - h / 2, w, h), score));
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing frees native memory; a failure here leaves nothing for the caller to act on.
        }
    }
}
