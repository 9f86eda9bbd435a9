package org.veil.faces.blazeface;

/** The two vendored MediaPipe BlazeFace networks, by what MediaPipe calls them. */
enum BlazeFaceVariant {
    /**
     * "Front camera" model, 128 px input: trained on selfie-distance faces. On our sweep (a portrait pasted on grey,
     * BlazeFaceModelTest) it scores ≥ 0.75 from 16 px faces up to faces filling the input, and misses 12 px ones.
     */
    SHORT_RANGE("face_detection_front_128x128_barracuda.onnx", 128),
    /**
     * "Back camera" model, 256 px input: trained for faces across a room. On the same sweep it scores ≥ 0.7 from
     * 8 px faces up to 200 px ones, which is what makes it the workhorse for tiles.
     */
    FULL_RANGE("face_detection_back_256x256_barracuda.onnx", 256);

    final String resource;
    final int inputSize;

    BlazeFaceVariant(String resource, int inputSize) {
        this.resource = resource;
        this.inputSize = inputSize;
    }
}
