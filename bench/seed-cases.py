#!/usr/bin/env python3
"""Writes the SQL that fills FrontDoor with N synthetic cases (and a timeline event each) for the
queue and case-page benchmarks: 85% resolved, the rest open across the working statuses, due dates
spread a month either side of today, spread over every service, ward and channel.
Usage: seed-cases.py sqlite|postgres N > seed.sql"""
import sys

provider, count = sys.argv[1], int(sys.argv[2])
pg = provider == "postgres"
alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
# A permutation of the ids into 30^8 (7919 is coprime with 30), written in the reference alphabet.
x = "((n * 7919 + 104729) % 656100000000)"
digits = [f"substr('{alphabet}', CAST(({x} / {30 ** k}) % 30 + 1 AS INTEGER), 1)" for k in range(8)]
reference = " || ".join(digits[:4]) + " || '-' || " + " || ".join(digits[4:])
wards = ["Abbey", "Brookside", "Castle", "Deansgate", "Eastfield", "Fairhaven", "Greenhill", "Harbour", "Kingsmead", "Longmoor", "Millbrook", "Northgate"]
ward = "CASE n % 12 " + " ".join(f"WHEN {i} THEN '{w}'" for i, w in enumerate(wards)) + " END"
channel = "CASE n % 5 WHEN 0 THEN 'Phone' WHEN 1 THEN 'Email' ELSE 'Web' END"
status = "CASE WHEN n % 100 < 85 THEN 'Fixed' WHEN n % 4 = 0 THEN 'Open' WHEN n % 4 = 1 THEN 'InProgress' WHEN n % 4 = 2 THEN 'Investigating' ELSE 'OnHold' END"
if pg:
    series = f"SELECT generate_series(1, {count})::bigint AS n"
    due = "date_trunc('day', now()) + ((n % 61) - 30) * interval '1 day' + interval '23 hours 59 minutes'"
    created, resolved = f"({due}) - interval '10 days'", f"({due}) - interval '7 days'"
    paused = f"({due}) - interval '5 days'"
    true = "TRUE"
else:
    series = f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {count}) SELECT n FROM s"
    due = "strftime('%Y-%m-%d 23:59:00', 'now', ((n % 61) - 30) || ' days')"
    created = f"strftime('%Y-%m-%d 23:59:00', 'now', ((n % 61) - 40) || ' days')"
    resolved = f"strftime('%Y-%m-%d 23:59:00', 'now', ((n % 61) - 37) || ' days')"
    paused = f"strftime('%Y-%m-%d 23:59:00', 'now', ((n % 61) - 35) || ' days')"
    true = "1"

print(f"""
INSERT INTO "Customers" ("FullName", "Email", "EmailNormalised", "CreatedAt")
SELECT 'Bench Customer ' || n, 'bench' || n || '@example.com', 'bench' || n || '@example.com', {created}
FROM ({series.replace(str(count), '10000')}) AS series;

INSERT INTO "Cases" ("Reference", "ServiceId", "Status", "Priority", "AnswersJson", "LocationDescription", "CustomerId",
  "Channel", "Team", "Kind", "Ward", "AssigneeId", "CreatedAt", "UpdatedAt", "DueAt", "PausedAt", "ResolvedAt", "ResolvedAtFirstContact", "Version")
SELECT {reference}, sv."Id", {status}, 'normal', '{{}}', 'Near number ' || (n % 200) || ', Beech Lane',
  (SELECT MIN("Id") FROM "Customers") + n % 10000, {channel}, sv."Team", 'Request', {ward},
  CASE WHEN n % 10 = 0 THEN (SELECT MIN("Id") FROM "StaffMembers" WHERE "Team" = sv."Team") END,
  {created}, {created}, {due},
  CASE WHEN n % 100 >= 85 AND n % 4 = 3 THEN {paused} END,
  CASE WHEN n % 100 < 85 THEN {resolved} END, {'FALSE' if pg else '0'}, 0
FROM ({series}) AS series JOIN "Services" sv ON sv."Id" = (SELECT MIN("Id") FROM "Services") + n % 29;

INSERT INTO "TimelineEvents" ("CaseId", "At", "Type", "IsPublic", "Text", "Actor")
SELECT "Id", "CreatedAt", 'Created', {true}, 'Request received by online form', 'system' FROM "Cases";

ANALYZE;
""")
