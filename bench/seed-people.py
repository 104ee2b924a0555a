#!/usr/bin/env python3
"""Writes the SQL that fills FrontDoor with N properties and N customers for the customer and address
search benchmarks, and a truth file of the planted duplicates: a known fraction of customers are a second
record of someone already there (a typo or an initial in the name, the same postcode, half of them the
same unverified email), as people create them by contacting the council twice.
Usage: seed-people.py sqlite|postgres N duplicates.csv > seed.sql
The Soundex here must match FrontDoor's CustomerNames.Soundex."""
import random, sys

provider, count, truth_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pg = provider == "postgres"
rng = random.Random(311)
DUPLICATE_FRACTION = 0.02

forenames = ("james mary john patricia robert jennifer michael linda william elizabeth david barbara richard susan joseph jessica thomas sarah "
             "charles karen oliver amelia harry isla jack ava george mia noah grace leo freya arthur lily muhammad emily oscar ivy theo ella "
             "archie sophie alfie poppy henry evie jacob florence freddie willow thomas rosie isaac daisy ethan phoebe").split()
surnames = ("smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker white edwards hughes "
            "green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore clark lee king baker harrison morgan "
            "allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook carter richardson bailey collins "
            "bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson foster chapman powell webb "
            "rogers gray mason ali hunt hussain campbell matthews owen palmer holmes mills barnes knight lloyd butler russell barker fisher "
            "stevens jenkins murray dixon harvey graham pearson ahmed fletcher walsh kaur gibson howard andrews stewart elliott reynolds saunders "
            "payne fox ford pearce day brooks west lawrence cole atkinson bradley spencer gill dawson ball burton o'brien watts rose booth perry").split()
streets = [f"{a} {b}" for a in ("Acacia Albert Beech Birch Bridge Canal Cedar Chapel Church Elm Foundry Granby Hawthorn Holly King Laurel "
                                 "Maple Market Mill Oak Orchard Park Priory Queen Rowan Station Tanners Victoria Weavers Willow").split()
           for b in ("Road Street Avenue Close Lane Way Drive Crescent Grove Gardens Terrace Row").split()]

def soundex(w):
    if not w:
        return ""
    digit = lambda c: next((d for d, cs in (("1", "bfpv"), ("2", "cgjkqsxz"), ("3", "dt"), ("4", "l"), ("5", "mn"), ("6", "r")) if c in cs), "0")
    code, last = w[0].upper(), digit(w[0])
    for c in w[1:]:
        d = digit(c)
        if d != "0" and d != last:
            code += d
        if c not in "hw":
            last = d
        if len(code) == 4:
            break
    return code.ljust(4, "0")

def typo(word):
    i = rng.randrange(1, len(word))
    kind = rng.randrange(3)
    if kind == 0 and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]   # two letters swapped
    if kind == 1:
        return word[:i] + word[i + 1:]                            # a letter dropped
    return word[:i] + rng.choice("aeiou") + word[i:]              # a letter added

def sql(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return ("TRUE" if v else "FALSE") if pg else ("1" if v else "0")
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + v.replace("'", "''") + "'"

def insert(table, columns, rows):
    out = sys.stdout
    for i in range(0, len(rows), 1000):
        out.write(f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) VALUES\n')
        out.write(",\n".join("(" + ", ".join(sql(v) for v in row) + ")" for row in rows[i:i + 1000]))
        out.write(";\n")

print("BEGIN;")
# Properties: 1 to 80 houses a street in each of many districts; postcodes shared by runs of 15 houses.
properties, uprn, n = [], 300_000_000_001, 0
while n < count:
    s = n // 40
    street, district = streets[s % len(streets)], 1 + (s // len(streets)) % 99
    for house in range(1, 41):
        if n >= count:
            break
        unit = (s * 40 + house) // 15
        postcode = f"B{district} {1 + unit % 9}{chr(65 + unit % 26)}{chr(65 + (unit // 26) % 26)}"
        line1 = f"{house} {street}"
        properties.append((uprn, line1, street, f"Bench Town {district}", postcode, postcode.replace(" ", ""), f"Ward {district % 20}",
                           52.4 + rng.random() * 0.2, -1.9 + rng.random() * 0.3, "RD04", street.upper(), line1.upper()))
        uprn += 1
        n += 1
insert("Properties", ["Uprn", "AddressLine1", "Street", "Town", "Postcode", "PostcodeKey", "Ward", "Latitude", "Longitude", "Classification",
                      "StreetKey", "AddressKey"], properties)

customers, points, truth = [], [], []
now = "2026-01-01 09:00:00"
for i in range(count):
    cid = i + 1_000_001
    if i > 1000 and rng.random() < DUPLICATE_FRACTION:
        original = customers[rng.randrange(len(customers) - 1)]
        fore, sur = original[1].split(" ", 1)[0].lower(), original[1].split(" ")[-1].lower()
        if rng.random() < 0.5:
            fore = fore[0]
        else:
            sur = typo(sur)
        email = original[2] if rng.random() < 0.5 else f"person{cid}@example.net"
        prop = properties[original[5] - 300_000_000_001]
        truth.append((original[0], cid))
    else:
        fore, sur = rng.choice(forenames), rng.choice(surnames).replace("'", "")
        email = f"person{cid}@example.net"
        prop = properties[rng.randrange(len(properties))]
    name = f"{fore.capitalize()} {sur.capitalize()}"
    key = f"{fore} {sur}"
    phone = f"07700{cid % 1000000:06d}"
    customers.append((cid, name, email, phone, key, prop[0]))
    points.append((cid, "Email", email, email, now))
rows = [(cid, name, email, email, phone, phone, uprn, properties[uprn - 300_000_000_001][5], now, now, "", "Email", False, key,
         soundex(key.split(" ")[-1]), soundex(key.split(" ")[0]), key[0]) for cid, name, email, phone, key, uprn in customers]
insert("Customers", ["Id", "FullName", "Email", "EmailNormalised", "Phone", "PhoneKey", "Uprn", "PostcodeKey", "CreatedAt", "UpdatedAt",
                     "AssistanceNeeds", "ContactBy", "Paperless", "NameKey", "SurnameCode", "ForenameCode", "Initial"], rows)
insert("ContactPoints", ["CustomerId", "Kind", "Value", "Key", "CreatedAt"], points)
if pg:
    print("""SELECT setval(pg_get_serial_sequence('"Customers"', 'Id'), (SELECT MAX("Id") FROM "Customers"));""")
print("COMMIT;")
with open(truth_path, "w") as f:
    f.writelines(f"{a},{b}\n" for a, b in truth)
