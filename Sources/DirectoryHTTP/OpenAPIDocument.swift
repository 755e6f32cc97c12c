/// The OpenAPI 3.1 description of what `sanctuary serve` answers, served at `/openapi.json`. `OpenAPITests` asks
/// every route and holds each answer (status, media type, body) to it, so that it says what the server does.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Sanctuary directory",
            "version": "1",
            "description": "Sanctuary cities and allied movements; field names are those of `sanctuary --json`."
          },
          "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
          "security": [{}, {"partnerToken": []}],
          "paths": {
            "/health": {
              "get": {
                "operationId": "health",
                "summary": "Whether the server is up",
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}
                  }
                }
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "openapi",
                "summary": "This document",
                "responses": {
                  "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}
                }
              }
            },
            "/v1/entities": {
              "get": {
                "operationId": "search",
                "summary": "Search, with filters, a page at a time",
                "parameters": [
                  {
                    "name": "q",
                    "in": "query",
                    "description": "words, each a prefix, any case or accent",
                    "required": false,
                    "schema": {"type": "string"}
                  },
                  {"$ref": "#/components/parameters/kind"},
                  {
                    "name": "theme",
                    "in": "query",
                    "description": "a theme's name or alias",
                    "required": false,
                    "schema": {"type": "string"}
                  },
                  {"$ref": "#/components/parameters/country"},
                  {"$ref": "#/components/parameters/in"},
                  {
                    "name": "near",
                    "in": "query",
                    "description": "a place, an entity, or LAT,LON",
                    "required": false,
                    "schema": {"type": "string"}
                  },
                  {
                    "name": "km",
                    "in": "query",
                    "description": "with near, and required with it: the distance in kilometres (at most 20038)",
                    "required": false,
                    "schema": {"type": "number"}
                  },
                  {"$ref": "#/components/parameters/since"},
                  {"$ref": "#/components/parameters/until"},
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "how many (default 20, at most 100)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100}
                  },
                  {
                    "name": "cursor",
                    "in": "query",
                    "description": "the cursor of the previous page",
                    "required": false,
                    "schema": {"type": "string"}
                  }
                ],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchPage"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/search": {
              "post": {
                "operationId": "searchByBody",
                "summary": "Search with the parameters in a JSON body (kept out of URLs and logs)",
                "requestBody": {
                  "required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchRequest"}}}
                },
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchPage"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "413": {
                    "description": "The body is too large",
                    "content": {
                      "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                    }
                  },
                  "415": {
                    "description": "The body is not JSON",
                    "content": {
                      "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                    }
                  },
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/entities/{id}": {
              "get": {
                "operationId": "entity",
                "summary": "An entity with its aliases, sources and first 50 neighbours (neighbors_next has the rest)",
                "parameters": [{"$ref": "#/components/parameters/id"}],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityDetails"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/v1/entities/{id}/neighbors": {
              "get": {
                "operationId": "neighbors",
                "summary": "An entity's neighbours, a page at a time: its own edges first, then by relation and name",
                "parameters": [
                  {"$ref": "#/components/parameters/id"},
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "how many (default 50, at most 500)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 500}
                  },
                  {
                    "name": "cursor",
                    "in": "query",
                    "description": "the cursor of the previous page",
                    "required": false,
                    "schema": {"type": "string"}
                  }
                ],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NeighborPage"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/v1/who": {
              "get": {
                "operationId": "who",
                "summary": "Who works on themes, where",
                "parameters": [
                  {
                    "name": "on",
                    "in": "query",
                    "description": "a theme (repeat for several: on=a&on=b)",
                    "required": true,
                    "schema": {"type": "array", "items": {"type": "string"}},
                    "explode": true
                  },
                  {"$ref": "#/components/parameters/in"},
                  {"$ref": "#/components/parameters/kind"},
                  {"$ref": "#/components/parameters/since"},
                  {"$ref": "#/components/parameters/until"},
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "how many (default 50, at most 500)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 500}
                  }
                ],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WhoPage"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/near": {
              "get": {
                "operationId": "near",
                "summary": "What lies near a place",
                "parameters": [
                  {
                    "name": "place",
                    "in": "query",
                    "description": "a city, an entity, or LAT,LON",
                    "required": true,
                    "schema": {"type": "string"}
                  },
                  {
                    "name": "km",
                    "in": "query",
                    "description": "the distance in kilometres (at most 20038)",
                    "required": true,
                    "schema": {"type": "number"}
                  },
                  {"$ref": "#/components/parameters/kind"},
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "how many (default 50, at most 500)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 500}
                  }
                ],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NearResult"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/connections": {
              "get": {
                "operationId": "connections",
                "summary": "How two entities are connected",
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "description": "an entity: id, key or name",
                    "required": true,
                    "schema": {"type": "string"}
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "description": "an entity: id, key or name",
                    "required": true,
                    "schema": {"type": "string"}
                  },
                  {
                    "name": "max_depth",
                    "in": "query",
                    "description": "the longest path, in hops (default 6)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 12}
                  },
                  {
                    "name": "paths",
                    "in": "query",
                    "description": "how many paths (default 3)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 50}
                  },
                  {
                    "name": "via",
                    "in": "query",
                    "description": "only these relations (repeat)",
                    "required": false,
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Relation"}},
                    "explode": true
                  },
                  {
                    "name": "kind",
                    "in": "query",
                    "description": "only through these kinds (repeat)",
                    "required": false,
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}},
                    "explode": true
                  },
                  {
                    "name": "skip_themes",
                    "in": "query",
                    "description": "not through themes",
                    "required": false,
                    "schema": {"type": "string", "enum": ["true", "false", "yes", "no", "1", "0"]}
                  },
                  {
                    "name": "max_degree",
                    "in": "query",
                    "description": "not through entities with more links (default 1000)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1}
                  },
                  {
                    "name": "country",
                    "in": "query",
                    "description": "only through entities of this country",
                    "required": false,
                    "schema": {"type": "string"}
                  },
                  {"$ref": "#/components/parameters/since"},
                  {"$ref": "#/components/parameters/until"}
                ],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Connections"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/convergences": {
              "get": {
                "operationId": "convergences",
                "summary": "Where the movements converge",
                "parameters": [
                  {
                    "name": "by",
                    "in": "query",
                    "description": "places, themes, pairs or campaigns",
                    "required": true,
                    "schema": {"type": "string", "enum": ["places", "themes", "pairs", "campaigns"]}
                  },
                  {
                    "name": "themes",
                    "in": "query",
                    "description": "with by=themes: the themes (repeat)",
                    "required": false,
                    "schema": {"type": "array", "items": {"type": "string"}},
                    "explode": true
                  },
                  {
                    "name": "min_themes",
                    "in": "query",
                    "description": "with by=places: at least this many themes (default 1)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1}
                  },
                  {
                    "name": "max_degree",
                    "in": "query",
                    "description": "with by=pairs: ignore neighbours with more links (default 1000)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 2}
                  },
                  {"$ref": "#/components/parameters/kind"},
                  {
                    "name": "theme",
                    "in": "query",
                    "description": "only entities working on this theme",
                    "required": false,
                    "schema": {"type": "string"}
                  },
                  {"$ref": "#/components/parameters/country"},
                  {"$ref": "#/components/parameters/in"},
                  {"$ref": "#/components/parameters/since"},
                  {"$ref": "#/components/parameters/until"},
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "how many (default 20, at most 200)",
                    "required": false,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 200}
                  }
                ],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Convergences"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/sources": {
              "get": {
                "operationId": "sources",
                "summary": "The sources of the directory",
                "parameters": [],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SourcePage"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/export.geojson": {
              "get": {
                "operationId": "exportGeoJSON",
                "summary": "Everything the caller may see, as an RFC 7946 FeatureCollection",
                "parameters": [],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {
                      "application/geo+json": {"schema": {"$ref": "#/components/schemas/FeatureCollection"}}
                    },
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/export.csv": {
              "get": {
                "operationId": "exportCSV",
                "summary": "Everything the caller may see, as CSV (spreadsheet-safe)",
                "parameters": [],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"text/csv": {"schema": {"type": "string"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/export.xml": {
              "get": {
                "operationId": "exportXML",
                "summary": "Everything the caller may see, as directory XML",
                "parameters": [],
                "responses": {
                  "200": {
                    "description": "OK",
                    "content": {"application/xml": {"schema": {"type": "string"}}},
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Kind": {
                "type": "string",
                "enum": ["city", "organization", "campaign", "event", "theme", "article"]
              },
              "Relation": {
                "type": "string",
                "enum": [
                  "based_in",
                  "active_in",
                  "member_of",
                  "supports",
                  "organizes",
                  "held_in",
                  "part_of",
                  "works_on",
                  "allied_with",
                  "mentions"
                ],
                "description": "read from the first entity's side: an organization is based_in a city"
              },
              "EntityFields": {
                "type": "object",
                "properties": {
                  "id": {"type": "integer"},
                  "kind": {"$ref": "#/components/schemas/Kind"},
                  "key": {"type": "string"},
                  "name": {"type": "string"},
                  "country": {
                    "type": ["string", "null"],
                    "description": "ISO 3166-1 alpha-2; null when unknown"
                  },
                  "description": {"type": "string"},
                  "region": {"type": "string"},
                  "lat": {"type": "number"},
                  "lon": {"type": "number"},
                  "website": {"type": "string"},
                  "status": {"type": "string"},
                  "starts": {"type": "string", "description": "ISO 8601 date: 2018, 2018-11 or 2018-11-02"},
                  "ends": {"type": "string"},
                  "visibility": {"type": "string", "enum": ["public", "partners", "private"]},
                  "sensitive": {"type": "boolean"},
                  "geonames": {"type": "integer", "description": "GeoNames id of a city the gazetteer knows"}
                },
                "required": ["id", "kind", "key", "name", "country", "visibility", "sensitive"],
                "description": "An entity's fields; a sensitive one comes without lat and lon (its city places it)."
              },
              "Entity": {
                "allOf": [{"$ref": "#/components/schemas/EntityFields"}, {"type": "object", "properties": {}}],
                "unevaluatedProperties": false
              },
              "SearchHit": {
                "allOf": [
                  {"$ref": "#/components/schemas/EntityFields"},
                  {
                    "type": "object",
                    "properties": {
                      "rank": {
                        "type": "integer",
                        "enum": [0, 1],
                        "description": "0: every word in the name or an alias; 1: found elsewhere in its text"
                      }
                    }
                  }
                ],
                "unevaluatedProperties": false
              },
              "SearchPage": {
                "type": "object",
                "properties": {
                  "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}},
                  "cursor": {
                    "type": "string",
                    "description": "where the next page starts: pass it back as cursor"
                  },
                  "next": {"type": "string", "description": "the URL of the next page (GET only)"}
                },
                "required": ["results"],
                "additionalProperties": false
              },
              "EntityRef": {
                "type": "object",
                "properties": {
                  "id": {"type": "integer"},
                  "kind": {"$ref": "#/components/schemas/Kind"},
                  "name": {"type": "string"},
                  "country": {"type": "string"}
                },
                "required": ["id", "kind", "name"],
                "additionalProperties": false
              },
              "Neighbor": {
                "type": "object",
                "properties": {
                  "relation": {"$ref": "#/components/schemas/Relation"},
                  "outgoing": {"type": "boolean"},
                  "label": {"type": "string"},
                  "entity": {"$ref": "#/components/schemas/Entity"},
                  "sources": {"type": "array", "items": {"type": "string"}}
                },
                "required": ["relation", "outgoing", "label", "entity", "sources"],
                "additionalProperties": false
              },
              "NeighborCount": {
                "type": "object",
                "properties": {
                  "relation": {"$ref": "#/components/schemas/Relation"},
                  "outgoing": {"type": "boolean"},
                  "label": {"type": "string"},
                  "count": {"type": "integer"}
                },
                "required": ["relation", "outgoing", "label", "count"],
                "additionalProperties": false
              },
              "NeighborPage": {
                "type": "object",
                "properties": {
                  "results": {"type": "array", "items": {"$ref": "#/components/schemas/Neighbor"}},
                  "cursor": {
                    "type": "string",
                    "description": "where the next page starts: pass it back as cursor"
                  },
                  "next": {"type": "string", "description": "the URL of the next page"}
                },
                "required": ["results"],
                "additionalProperties": false
              },
              "Place": {
                "type": "object",
                "properties": {
                  "geonameid": {"type": "integer"},
                  "name": {"type": "string"},
                  "country": {"type": "string"},
                  "admin1": {"type": "string"},
                  "region": {"type": "string"},
                  "lat": {"type": "number"},
                  "lon": {"type": "number"},
                  "population": {"type": "integer"}
                },
                "required": ["geonameid", "name", "country", "admin1", "lat", "lon", "population"],
                "additionalProperties": false
              },
              "EntityDetails": {
                "allOf": [
                  {"$ref": "#/components/schemas/EntityFields"},
                  {
                    "type": "object",
                    "properties": {
                      "aliases": {"type": "array", "items": {"type": "string"}},
                      "other_keys": {"type": "array", "items": {"type": "string"}},
                      "neighbors": {"type": "array", "items": {"$ref": "#/components/schemas/Neighbor"}},
                      "neighbor_counts": {"type": "array", "items": {"$ref": "#/components/schemas/NeighborCount"}},
                      "neighbors_next": {
                        "type": "string",
                        "description": "the URL of the next page of neighbours, when there are more than these"
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "name": {"type": "string"},
                            "mention": {"type": "boolean"},
                            "first_seen": {"type": "string"},
                            "last_seen": {"type": "string"}
                          },
                          "required": ["name", "mention", "first_seen", "last_seen"],
                          "additionalProperties": false
                        }
                      },
                      "place": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Place"}]},
                      "place_names": {"type": "array", "items": {"type": "string"}}
                    },
                    "required": ["aliases", "other_keys", "neighbors", "neighbor_counts", "sources"]
                  }
                ],
                "unevaluatedProperties": false
              },
              "WhoHit": {
                "type": "object",
                "properties": {
                  "entity": {"$ref": "#/components/schemas/Entity"},
                  "support": {
                    "type": "integer",
                    "description": "edge assertions: an edge once per source that states it"
                  },
                  "edges": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "relation": {"$ref": "#/components/schemas/Relation"},
                        "label": {"type": "string"},
                        "entity": {"$ref": "#/components/schemas/EntityRef"},
                        "sources": {"type": "array", "items": {"type": "string"}}
                      },
                      "required": ["relation", "label", "entity", "sources"],
                      "additionalProperties": false
                    }
                  }
                },
                "required": ["entity", "support", "edges"],
                "additionalProperties": false
              },
              "WhoPage": {
                "type": "object",
                "properties": {"results": {"type": "array", "items": {"$ref": "#/components/schemas/WhoHit"}}},
                "required": ["results"],
                "additionalProperties": false
              },
              "NearResult": {
                "type": "object",
                "properties": {
                  "center": {
                    "type": "object",
                    "properties": {
                      "name": {"type": "string"},
                      "lat": {"type": "number"},
                      "lon": {"type": "number"},
                      "found_in": {"type": "string", "enum": ["coordinates", "directory", "gazetteer"]},
                      "entity_id": {"type": "integer"}
                    },
                    "required": ["name", "lat", "lon", "found_in"],
                    "additionalProperties": false
                  },
                  "kilometres": {"type": "number"},
                  "results": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "entity": {"$ref": "#/components/schemas/Entity"},
                        "kilometres": {"type": "number"},
                        "via": {
                          "type": "object",
                          "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
                          "required": ["id", "name"],
                          "additionalProperties": false
                        }
                      },
                      "required": ["entity", "kilometres"],
                      "additionalProperties": false
                    }
                  }
                },
                "required": ["center", "kilometres", "results"],
                "additionalProperties": false
              },
              "Connections": {
                "type": "object",
                "properties": {
                  "from": {"$ref": "#/components/schemas/Entity"},
                  "to": {"$ref": "#/components/schemas/Entity"},
                  "max_depth": {"type": "integer"},
                  "paths": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "length": {"type": "integer"},
                        "hops": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": {
                              "from": {"$ref": "#/components/schemas/EntityRef"},
                              "to": {"$ref": "#/components/schemas/EntityRef"},
                              "links": {
                                "type": "array",
                                "items": {
                                  "type": "object",
                                  "properties": {
                                    "relation": {"$ref": "#/components/schemas/Relation"},
                                    "forward": {"type": "boolean"},
                                    "label": {"type": "string"},
                                    "sources": {"type": "array", "items": {"type": "string"}}
                                  },
                                  "required": ["relation", "forward", "label", "sources"],
                                  "additionalProperties": false
                                }
                              }
                            },
                            "required": ["from", "to", "links"],
                            "additionalProperties": false
                          }
                        }
                      },
                      "required": ["length", "hops"],
                      "additionalProperties": false
                    }
                  }
                },
                "required": ["from", "to", "max_depth", "paths"],
                "additionalProperties": false
              },
              "ThemeGroup": {
                "type": "object",
                "properties": {
                  "theme": {"$ref": "#/components/schemas/EntityRef"},
                  "entities": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}}
                },
                "required": ["theme", "entities"],
                "additionalProperties": false
              },
              "PlaceConvergence": {
                "type": "object",
                "properties": {
                  "city": {"$ref": "#/components/schemas/EntityRef"},
                  "themes": {"type": "array", "items": {"$ref": "#/components/schemas/ThemeGroup"}},
                  "entities": {"type": "integer"}
                },
                "required": ["city", "themes", "entities"],
                "additionalProperties": false
              },
              "CampaignConvergence": {
                "type": "object",
                "properties": {
                  "campaign": {"$ref": "#/components/schemas/EntityRef"},
                  "themes": {"type": "array", "items": {"$ref": "#/components/schemas/ThemeGroup"}},
                  "countries": {"type": "array", "items": {"type": "string"}},
                  "participants": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}}
                },
                "required": ["campaign", "themes", "countries", "participants"],
                "additionalProperties": false
              },
              "PairConvergence": {
                "type": "object",
                "properties": {
                  "first": {"$ref": "#/components/schemas/EntityRef"},
                  "second": {"$ref": "#/components/schemas/EntityRef"},
                  "score": {"type": "number"},
                  "shared": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "entity": {"$ref": "#/components/schemas/EntityRef"},
                        "degree": {"type": "integer"},
                        "weight": {"type": "number"}
                      },
                      "required": ["entity", "degree", "weight"],
                      "additionalProperties": false
                    }
                  }
                },
                "required": ["first", "second", "score", "shared"],
                "additionalProperties": false
              },
              "ThemeConvergence": {
                "type": "object",
                "properties": {
                  "themes": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}},
                  "places": {"type": "array", "items": {"$ref": "#/components/schemas/PlaceConvergence"}},
                  "campaigns": {"type": "array", "items": {"$ref": "#/components/schemas/CampaignConvergence"}}
                },
                "required": ["themes", "places", "campaigns"],
                "additionalProperties": false
              },
              "Convergences": {
                "anyOf": [
                  {
                    "type": "object",
                    "properties": {
                      "results": {"type": "array", "items": {"$ref": "#/components/schemas/PlaceConvergence"}}
                    },
                    "required": ["results"],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "results": {"type": "array", "items": {"$ref": "#/components/schemas/PairConvergence"}}
                    },
                    "required": ["results"],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "results": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/CampaignConvergence"}
                      }
                    },
                    "required": ["results"],
                    "additionalProperties": false
                  },
                  {"$ref": "#/components/schemas/ThemeConvergence"}
                ]
              },
              "Source": {
                "type": "object",
                "properties": {
                  "name": {"type": "string"},
                  "location": {"type": "string"},
                  "format": {"type": "string"},
                  "mode": {"type": "string", "enum": ["snapshot", "append"]},
                  "items": {
                    "type": "string",
                    "enum": ["city", "organization", "campaign", "event", "theme", "article"],
                    "description": "What its records are, when its import said so: a feed's items, a list's kind."
                  },
                  "runs": {"type": "integer"},
                  "last_run": {"type": "string"},
                  "entities": {"type": "integer"},
                  "edges": {"type": "integer"}
                },
                "required": ["name", "format", "mode", "runs", "entities", "edges"],
                "additionalProperties": false,
                "description": "A source; served without its last run's counts, which would tell how much is hidden."
              },
              "SourcePage": {
                "type": "object",
                "properties": {"results": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}},
                "required": ["results"],
                "additionalProperties": false
              },
              "FeatureCollection": {
                "type": "object",
                "properties": {
                  "type": {"type": "string", "const": "FeatureCollection"},
                  "features": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "type": {"type": "string", "const": "Feature"},
                        "id": {"type": "integer"},
                        "geometry": {
                          "oneOf": [
                            {"type": "null"},
                            {
                              "type": "object",
                              "properties": {
                                "type": {"type": "string", "const": "Point"},
                                "coordinates": {
                                  "type": "array",
                                  "items": {"type": "number"},
                                  "minItems": 2,
                                  "maxItems": 2
                                }
                              },
                              "required": ["type", "coordinates"],
                              "additionalProperties": false
                            }
                          ]
                        },
                        "properties": {"type": "object"}
                      },
                      "required": ["type", "id", "geometry", "properties"],
                      "additionalProperties": false
                    }
                  }
                },
                "required": ["type", "features"],
                "additionalProperties": false
              },
              "Health": {
                "type": "object",
                "properties": {"status": {"type": "string", "const": "ok"}},
                "required": ["status"],
                "additionalProperties": false
              },
              "Problem": {
                "type": "object",
                "properties": {
                  "type": {"type": "string"},
                  "title": {"type": "string"},
                  "status": {"type": "integer"},
                  "detail": {"type": "string"}
                },
                "required": ["type", "title", "status", "detail"],
                "additionalProperties": false
              },
              "SearchRequest": {
                "type": "object",
                "description": "The parameters of GET /v1/entities, as strings or numbers.",
                "additionalProperties": false,
                "properties": {
                  "q": {"type": ["string", "integer"]},
                  "kind": {"type": ["string", "integer"]},
                  "theme": {"type": ["string", "integer"]},
                  "country": {"type": ["string", "integer"]},
                  "in": {"type": ["string", "integer"]},
                  "near": {"type": ["string", "integer"]},
                  "km": {"type": ["string", "integer"]},
                  "since": {"type": ["string", "integer"]},
                  "until": {"type": ["string", "integer"]},
                  "limit": {"type": ["string", "integer"]},
                  "cursor": {"type": ["string", "integer"]}
                }
              }
            },
            "responses": {
              "NotModified": {"description": "Not Modified: the ETag sent in If-None-Match is still current"},
              "BadRequest": {
                "description": "A parameter is unknown, repeated or invalid; detail names it",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "Unauthorized": {
                "description": "The bearer token is unknown or revoked",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "NotFound": {
                "description": "No such entity (or none the caller may see)",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "Unavailable": {
                "description": "The question took longer than the server's time limit",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              }
            },
            "parameters": {
              "since": {
                "name": "since",
                "in": "query",
                "description": "only what overlaps from this ISO 8601 date on",
                "required": false,
                "schema": {"type": "string"}
              },
              "until": {
                "name": "until",
                "in": "query",
                "description": "only what overlaps up to this ISO 8601 date",
                "required": false,
                "schema": {"type": "string"}
              },
              "kind": {
                "name": "kind",
                "in": "query",
                "description": "an entity kind",
                "required": false,
                "schema": {"$ref": "#/components/schemas/Kind"}
              },
              "in": {
                "name": "in",
                "in": "query",
                "description": "a city, region or country",
                "required": false,
                "schema": {"type": "string"}
              },
              "country": {
                "name": "country",
                "in": "query",
                "description": "a country code or name",
                "required": false,
                "schema": {"type": "string"}
              },
              "id": {
                "name": "id",
                "in": "path",
                "description": "an entity id",
                "required": true,
                "schema": {"type": "integer"}
              }
            },
            "headers": {
              "ETag": {
                "schema": {"type": "string"},
                "description": "weak tag of the database's version and the audience"
              }
            },
            "securitySchemes": {
              "partnerToken": {
                "type": "http",
                "scheme": "bearer",
                "description": "A partner's token (sanctuary tokens create NAME): shows partners-only entities"
              }
            }
          }
        }
        """#
}
