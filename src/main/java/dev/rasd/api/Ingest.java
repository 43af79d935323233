package dev.rasd.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.Rasd;
import dev.rasd.api.Documents.IngestReport;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/articles}: parse, order by publication time, and ingest as one batch through the gate. */
final class Ingest {
  private final RasdGate gate;

  Ingest(RasdGate gate) {
    this.gate = gate;
  }

  IngestReport accept(String body) {
    JsonNode json;
    try {
      json = ApiServer.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    List<Article> articles = new ArrayList<>(ArticlePayload.read(json));
    articles.sort(Rasd.PUBLICATION_ORDER);
    Rasd.IngestResult result = gate.call(r -> r.ingest(articles));
    List<String> ids = result.stored().stream().map(AnalyzedArticle::id).toList();
    return new IngestReport(articles.size(), ids.size(), result.alreadyStored().size(), ids, result.alreadyStored());
  }
}
