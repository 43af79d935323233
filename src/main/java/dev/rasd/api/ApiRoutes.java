package dev.rasd.api;

import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.rasd.search.SearchQuery;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.InputStream;
import java.util.Locale;

/**
 * Every route of the API, in one table that reads like its documentation (the OpenAPI document
 * at {@code /api/openapi.json} describes the same routes). Handlers only read parameters and
 * delegate to {@link Dossiers}, the search and {@link Ingest}.
 */
final class ApiRoutes {
  static final String OPENAPI = "/dev/rasd/api/openapi.json";

  private ApiRoutes() {
  }

  static EndpointGroup of(Dossiers dossiers, Ingest ingest, AccessPolicy access) {
    return () -> path("api", () -> {
      before("*", ctx -> authorise(ctx, access));
      get("openapi.json", ApiRoutes::openApi);
      get("stories", ctx -> ctx.json(dossiers.stories(QueryParams.offset(ctx), QueryParams.limit(ctx),
          QueryParams.date(ctx, "since"), QueryParams.text(ctx, "q"), QueryParams.text(ctx, "entity"))));
      get("stories/{id}", ctx -> ctx.json(dossiers.story(ctx.pathParam("id"))));
      get("articles/{id}", ctx -> ctx.json(dossiers.article(ctx.pathParam("id"))));
      post("articles", ctx -> ctx.status(HttpStatus.CREATED).json(ingest.accept(ctx.body())));
      get("entities/{id}", ctx -> ctx.json(dossiers.entity(ctx.pathParam("id"))));
      get("quotes", ctx -> ctx.json(dossiers.quotes(QueryParams.text(ctx, "entity"), QueryParams.offset(ctx),
          QueryParams.limit(ctx))));
      get("search", ctx -> ctx.json(dossiers.search(searchQuery(ctx))));
    });
  }

  private static SearchQuery searchQuery(Context ctx) {
    return new SearchQuery(QueryParams.text(ctx, "q"), QueryParams.text(ctx, "outlet"), QueryParams.date(ctx, "from"),
        QueryParams.date(ctx, "to"), QueryParams.text(ctx, "entity"), order(QueryParams.text(ctx, "sort")),
        QueryParams.offset(ctx), QueryParams.limit(ctx));
  }

  private static SearchQuery.Order order(String sort) {
    if (sort == null) {
      return SearchQuery.Order.RELEVANCE;
    }
    return switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchQuery.Order.RELEVANCE;
      case "date" -> SearchQuery.Order.DATE;
      default -> throw ApiError.badRequest("'sort' must be relevance or date, was '" + sort + "'");
    };
  }

  private static void authorise(Context ctx, AccessPolicy access) {
    if (!access.allows(ctx.method().name(), ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "this request needs the header 'Authorization: Bearer TOKEN' with the server's token");
    }
  }

  private static void openApi(Context ctx) {
    InputStream document = ApiRoutes.class.getResourceAsStream(OPENAPI);
    if (document == null) {
      throw new IllegalStateException("the OpenAPI document " + OPENAPI + " is missing from the classpath");
    }
    ctx.contentType("application/json").result(document);
  }
}
