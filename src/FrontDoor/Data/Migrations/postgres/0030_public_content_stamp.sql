-- One row whose version moves on with every change to public content, so each node knows to clear its cached pages.
CREATE TABLE "PublicContentStamps" (
    "Id" integer NOT NULL,
    "Version" bigint NOT NULL,
    CONSTRAINT "PK_PublicContentStamps" PRIMARY KEY ("Id")
);

INSERT INTO "PublicContentStamps" ("Id", "Version") VALUES (1, 0);
