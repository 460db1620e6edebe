package dev.personagraph.embeddings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves quantised all-MiniLM-L6-v2 (384 dimensions, run by ONNX Runtime from the model inside the jar) as an
 * OpenAI-compatible {@code POST /v1/embeddings}, so the Node side reaches it with the same SDK code as a hosted model.
 *
 * <p>Usage: LocalEmbeddings [--host 127.0.0.1] [--port 0] [--threads 2] [--watch-stdin]. Port 0 picks a free port.
 * Prints "EMBEDDINGS_READY http://host:port/v1" once the model is loaded and warm. With --watch-stdin it exits when its
 * standard input closes, so the JVM never outlives the Node process that started it; a container runs it without.
 */
public final class LocalEmbeddings {
  static final String MODEL_ID = MiniLmModel.ID;
  static final int DIMENSIONS = MiniLmModel.DIMENSIONS;
  // The OpenAI API's own limit on inputs per request.
  static final int MAX_INPUTS = 2048;
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MiniLmModel model;

  LocalEmbeddings(ExecutorService workers) {
    this.model = new MiniLmModel(workers);
  }

  public static void main(String[] args) throws Exception {
    // The JDK server writes headers and body apart; with Nagle on, a small body (one query's vector) then waits
    // for the client's delayed ACK: 40 ms added to every single-text request. Read once, when the server loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    String host = "127.0.0.1";
    int port = 0;
    int threads = 2;
    boolean watchStdin = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--host" -> host = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--watch-stdin" -> watchStdin = true;
        default -> {
          System.err.println(
              "usage: LocalEmbeddings [--host 127.0.0.1] [--port 0] [--threads 2] [--watch-stdin]");
          System.exit(2);
        }
      }
    }

    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("embed"));
    LocalEmbeddings service = new LocalEmbeddings(workers);
    // The first inference pays for ONNX graph initialisation; pay it before saying we are ready.
    service.model.embed("warm up");

    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
    server.createContext("/v1/embeddings", service::handleEmbeddings);
    server.createContext("/v1/models", service::handleModels);
    server.createContext("/health", exchange -> send(exchange, 200, JSON.createObjectNode().put("status", "ok")));
    // Request threads only parse and wait: the inference itself runs on the `threads` workers.
    server.setExecutor(Executors.newFixedThreadPool(Math.max(4, threads * 2), daemon("http")));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));

    InetSocketAddress bound = server.getAddress();
    System.out.println("EMBEDDINGS_READY http://" + host + ":" + bound.getPort() + "/v1");
    System.out.flush();

    if (watchStdin) {
      // Parent-death watch: EOF on stdin means whoever started us is gone.
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // ignore input
        }
      } catch (IOException ignored) {
        // treat as EOF
      }
      System.exit(0);
    }
    Thread.currentThread().join();
  }

  private void handleModels(HttpExchange exchange) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("object", "list");
    body.putArray("data").addObject().put("id", MODEL_ID).put("object", "model").put("owned_by", "local");
    send(exchange, 200, body);
  }

  private void handleEmbeddings(HttpExchange exchange) throws IOException {
    try {
      if (!"POST".equals(exchange.getRequestMethod())) {
        sendError(exchange, 405, "use POST", null);
        return;
      }
      byte[] raw = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
      if (raw.length > MAX_BODY_BYTES) {
        sendError(exchange, 413, "request body too large", null);
        return;
      }
      JsonNode request;
      try {
        request = JSON.readTree(raw);
      } catch (IOException e) {
        sendError(exchange, 400, "body is not valid JSON", null);
        return;
      }
      List<String> texts = inputs(request == null ? null : request.get("input"));
      if (texts == null) {
        sendError(exchange, 400, "input must be a string or an array of strings", "input");
        return;
      }
      if (texts.isEmpty() || texts.size() > MAX_INPUTS) {
        sendError(exchange, 400, "input must hold 1 to " + MAX_INPUTS + " strings", "input");
        return;
      }
      JsonNode dimensions = request.get("dimensions");
      if (dimensions != null && !dimensions.isNull() && dimensions.asInt() != DIMENSIONS) {
        sendError(exchange, 400, MODEL_ID + " makes " + DIMENSIONS + "-dimension vectors only", "dimensions");
        return;
      }
      boolean base64 = "base64".equals(request.path("encoding_format").asText("float"));
      send(exchange, 200, embed(texts, base64));
    } catch (RuntimeException e) {
      sendError(exchange, 500, "embedding failed: " + e.getMessage(), null);
    }
  }

  /** The texts of an OpenAI `input`: one string or an array of strings (token arrays are not supported). */
  private static List<String> inputs(JsonNode input) {
    if (input == null) return null;
    if (input.isTextual()) return List.of(input.asText());
    if (!input.isArray()) return null;
    List<String> texts = new ArrayList<>(input.size());
    for (JsonNode item : input) {
      if (!item.isTextual()) return null;
      texts.add(item.asText());
    }
    return texts;
  }

  private ObjectNode embed(List<String> texts, boolean base64) {
    // Text without a visible character has no meaning to embed (the model refuses it): it gets a zero vector,
    // which callers skip.
    List<TextSegment> segments = new ArrayList<>();
    for (String text : texts) if (hasVisibleText(text)) segments.add(TextSegment.from(text));
    Response<List<Embedding>> response = segments.isEmpty() ? null : model.embedAll(segments);
    List<Embedding> embedded = response == null ? List.of() : response.content();
    int tokens =
        response == null || response.tokenUsage() == null || response.tokenUsage().inputTokenCount() == null
            ? 0
            : response.tokenUsage().inputTokenCount();

    ObjectNode body = JSON.createObjectNode().put("object", "list").put("model", MODEL_ID);
    ArrayNode data = body.putArray("data");
    int next = 0;
    for (int i = 0; i < texts.size(); i++) {
      float[] vector = hasVisibleText(texts.get(i)) ? embedded.get(next++).vector() : new float[DIMENSIONS];
      ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
      if (base64) item.put("embedding", toBase64(vector));
      else {
        ArrayNode values = item.putArray("embedding");
        for (float value : vector) values.add(value);
      }
    }
    body.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
    return body;
  }

  /**
   * Whether the BERT tokenizer keeps any character of the text: it drops whitespace, control and format characters
   * (a lone zero-width space U+200B is not whitespace to {@link String#isBlank}) and the replacement character.
   */
  static boolean hasVisibleText(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.CONTROL
                    && Character.getType(c) != Character.FORMAT
                    && c != 0xFFFD);
  }

  /** The OpenAI base64 encoding: the float32 values, little-endian. */
  private static String toBase64(float[] vector) {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : vector) buffer.putFloat(value);
    return Base64.getEncoder().encodeToString(buffer.array());
  }

  private static void sendError(HttpExchange exchange, int status, String message, String param)
      throws IOException {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode error = body.putObject("error").put("message", message).put("type", "invalid_request_error");
    if (param == null) error.putNull("param");
    else error.put("param", param);
    error.putNull("code");
    send(exchange, status, body);
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("content-type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
