#!/usr/bin/env python3
"""Writes the SQL that fills FrontDoor with N synthetic cases received over the last three years, for the
performance figures benchmark: a new-request contact each, progress chasing on one in ten, satisfaction
answers on one resolved case in five, a complaint (with its stage) for one in two hundred, and map positions
on most. No timeline events: the figures do not read them.
Usage: seed-figures.py sqlite|postgres N > seed.sql"""
import sys

provider, count = sys.argv[1], int(sys.argv[2])
pg = provider == "postgres"
alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
x = "((n * 7919 + 104729) % 656100000000)"
digits = [f"substr('{alphabet}', CAST(({x} / {30 ** k}) % 30 + 1 AS INTEGER), 1)" for k in range(8)]
reference = " || ".join(digits[:4]) + " || '-' || " + " || ".join(digits[4:])
wards = ["Abbey", "Brookside", "Castle", "Deansgate", "Eastfield", "Fairhaven", "Greenhill", "Harbour", "Kingsmead", "Longmoor", "Millbrook", "Northgate"]
# Cases arrive day by day, as they would (newest first here), so the indexes grow at one end; the service, ward, channel
# and map square come from k, the case's place within its day, so every day has every combination (as a large
# council's would) rather than a few that repeat. The newest day is yesterday, so nothing is dated after now.
per_day = -(-count // 1095)
day = f"(n / {per_day})"
k = f"(n % {per_day})"
ward = f"CASE ({k} / 29) % 12 " + " ".join(f"WHEN {i} THEN '{w}'" for i, w in enumerate(wards)) + " END"
channel = f"CASE ({k} / 348) % 5 WHEN 0 THEN 'Phone' WHEN 1 THEN 'Email' WHEN 2 THEN 'Api' ELSE 'Web' END"
kind = "CASE WHEN n % 200 = 0 THEN 'Complaint' ELSE 'Request' END"
# As at a real council, what is still open came in recently: one case in ten from the last 60 days, and one in a
# thousand from before. Nothing happens after now (a case resolved, a chase), or every rollup round would count it again.
resolved_if = f"(n % 10 <> 0 OR {day} >= 60) AND n % 1000 <> 0 AND {day} >= n % 20 + 1"
if pg:
    series = f"SELECT generate_series(1, {count})::bigint AS n"
    created = f"(date_trunc('day', now()) - ({day} + 1) * interval '1 day' + ({k} % 600) * interval '1 minute')"
    def plus(col, days): return f"({col} + interval '{days} days')"
    def plus_n(col, expr): return f"({col} + ({expr}) * interval '1 day')"
    true, false = "TRUE", "FALSE"
    now = "now()"
else:
    series = f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {count}) SELECT n FROM s"
    created = f"strftime('%Y-%m-%d %H:%M:%S', 'now', 'start of day', '-' || ({day} + 1) || ' days', '+' || ({k} % 600) || ' minutes')"
    def plus(col, days): return f"strftime('%Y-%m-%d %H:%M:%S', {col}, '+{days} days')"
    def plus_n(col, expr): return f"strftime('%Y-%m-%d %H:%M:%S', {col}, '+' || ({expr}) || ' days')"
    true, false = "1", "0"
    now = "strftime('%Y-%m-%d %H:%M:%S', 'now')"

print(f"""
INSERT INTO "Customers" ("FullName", "Email", "EmailNormalised", "CreatedAt", "UpdatedAt", "AssistanceNeeds", "ContactBy", "Paperless", "SecurityStamp", "NameKey", "SurnameCode", "ForenameCode", "Initial")
SELECT 'Figures Customer ' || n, 'figures' || n || '@example.com', 'figures' || n || '@example.com', {created}, {created}, '', 'Email',
  {'n % 3 = 0' if pg else '(n % 3 = 0)'}, 'stamp' || n, 'customer', '', '', 'f'
FROM ({series.replace(str(count), '10000')}) AS series;

CREATE TEMP TABLE seed AS SELECT n, {created} AS created FROM ({series}) AS series;

INSERT INTO "Cases" ("Reference", "ServiceId", "Status", "Priority", "AnswersJson", "FormVersion", "LocationDescription", "CustomerId",
  "Channel", "TeamId", "Kind", "Ward", "Latitude", "Longitude", "CreatedAt", "UpdatedAt", "DueAt", "ResolvedAt", "ResolvedAtFirstContact",
  "Transfers", "Reopens", "Version")
SELECT {reference}, sv."Id", CASE WHEN {resolved_if} THEN 'Fixed' ELSE 'Open' END, 'normal', '{{}}', 1, 'Near number ' || (n % 200),
  (SELECT MIN("Id") FROM "Customers") + n % 10000, {channel}, sv."TeamId", {kind}, {ward},
  CASE WHEN n % 10 < 7 THEN 53.40 + ({k} % 30) * 0.01 + 0.005 END, CASE WHEN n % 10 < 7 THEN -2.30 + ({k} / 30 % 25) * 0.01 + 0.005 END,
  created, created, {plus('created', 14)}, CASE WHEN {resolved_if} THEN {plus_n('created', 'n % 20')} END,
  CASE WHEN n % 20 = 1 THEN {true} ELSE {false} END, CASE WHEN n % 50 = 0 THEN 1 ELSE 0 END, 0, 0
FROM seed JOIN "Services" sv ON sv."Id" = (SELECT MIN("Id") FROM "Services") + {k} % 29;

INSERT INTO "Contacts" ("CustomerId", "CaseId", "Channel", "Purpose", "At")
SELECT "CustomerId", "Id", "Channel", 'NewRequest', "CreatedAt" FROM "Cases";
INSERT INTO "Contacts" ("CustomerId", "CaseId", "Channel", "Purpose", "At")
SELECT "CustomerId", "Id", 'Phone', 'ProgressChasing', {plus('"CreatedAt"', 3)} FROM "Cases" WHERE "Id" % 10 = 3 AND {plus('"CreatedAt"', 3)} < {now};
INSERT INTO "SatisfactionResponses" ("CaseId", "Score", "Channel", "AnsweredAt")
SELECT "Id", "Id" % 5 + 1, 'Web', "ResolvedAt" FROM "Cases" WHERE "ResolvedAt" IS NOT NULL AND "Id" % 5 = 2;
INSERT INTO "ComplaintStages" ("CaseId", "Number", "ReceivedAt", "AcknowledgeBy", "AcknowledgedAt", "RespondBy", "RespondedAt", "Outcome")
SELECT "Id", 1, "CreatedAt", {plus('"CreatedAt"', 7)}, {plus('"CreatedAt"', 2)}, {plus('"CreatedAt"', 16)}, "ResolvedAt",
  CASE WHEN "ResolvedAt" IS NULL THEN NULL WHEN "Id" % 3 = 0 THEN 'Upheld' ELSE 'NotUpheld' END
FROM "Cases" WHERE "Kind" = 'Complaint';
DROP TABLE seed;
ANALYZE;
""")
