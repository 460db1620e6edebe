package dev.personagraph.embeddings;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * The quantised all-MiniLM-L6-v2 from the langchain4j jar, with ONNX Runtime held to one thread per inference.
 *
 * <p>langchain4j's own class lets ONNX Runtime use every core for each text while its executor runs several texts at
 * once, so N workers oversubscribe the machine N times; here the worker pool alone sets how many cores are used.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {
  static final String ID = "all-minilm-l6-v2-q";
  static final int DIMENSIONS = 384;
  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

  private final OnnxBertBiEncoder encoder;

  MiniLmModel(Executor workers) {
    super(workers);
    this.encoder = load();
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSIONS;
  }

  private static OnnxBertBiEncoder load() {
    try (InputStream model = resource(MODEL_RESOURCE);
        InputStream tokenizer = resource(TOKENIZER_RESOURCE);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the ONNX model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmModel.class.getResourceAsStream(name);
    if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
    return in;
  }
}
