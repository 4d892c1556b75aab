"""The archive's schema, as sqlite-utils migrations. Add a migration; never edit an applied one.

Multilingual columns hold a JSON object {"en": ..., "az": ...} (see kiosk.content.text).
"""

from sqlite_utils import Database, Migrations

from kiosk.content.taken import iso_taken

migrations = Migrations("kiosk")

TEXT, INT, FLOAT = str, int, float


@migrations()
def m001_content(db: Database) -> None:
    db["exhibition"].create(
        {
            "slug": TEXT,
            "title": TEXT,
            "subtitle": TEXT,
            "venue": TEXT,
            "organisers": TEXT,
            "intro": TEXT,
            "sources": TEXT,
        },
        pk="slug",
    )
    db["sections"].create(
        {"slug": TEXT, "kind": TEXT, "title": TEXT, "intro": TEXT, "position": INT},
        pk="slug",
        not_null={"kind", "title"},
    )
    db["sources"].create(
        {
            "slug": TEXT,
            "title": TEXT,
            "publisher": TEXT,
            "published": TEXT,
            "url": TEXT,
            "note": TEXT,
        },
        pk="slug",
        not_null={"title"},
    )
    db["tracks"].create(
        {"slug": TEXT, "section": TEXT, "title": TEXT, "position": INT},
        pk="slug",
        foreign_keys=[("section", "sections", "slug")],
    )
    db["eras"].create(
        {
            "slug": TEXT,
            "section": TEXT,
            "title": TEXT,
            "start": TEXT,
            "start_precision": TEXT,
            "end": TEXT,
            "end_precision": TEXT,
        },
        pk="slug",
        foreign_keys=[("section", "sections", "slug")],
    )
    db["events"].create(
        {
            "slug": TEXT,
            "section": TEXT,
            "track": TEXT,
            "era": TEXT,
            "title": TEXT,
            "body": TEXT,
            "place": TEXT,
            "start": TEXT,
            "start_precision": TEXT,
            "end": TEXT,
            "end_precision": TEXT,
            "sort_key": TEXT,
            "display_date": TEXT,
            "position": INT,
        },
        pk="slug",
        not_null={"title"},
        foreign_keys=[
            ("section", "sections", "slug"),
            ("track", "tracks", "slug"),
            ("era", "eras", "slug"),
        ],
    )
    db["event_sources"].create(
        {"event": TEXT, "source": TEXT, "position": INT},
        pk=("event", "source"),
        foreign_keys=[("event", "events", "slug"), ("source", "sources", "slug")],
    )
    db["facts"].create(
        {
            "id": INT,
            "event": TEXT,
            "measure": TEXT,
            "label": TEXT,
            "value": INT,
            "unit": TEXT,
            "qualifier": TEXT,
            "source": TEXT,
            "position": INT,
        },
        pk="id",
        foreign_keys=[("event", "events", "slug"), ("source", "sources", "slug")],
    )
    _media_tables(db)
    _artwork_tables(db)
    _programme_tables(db)


def _media_tables(db: Database) -> None:
    db["media"].create(
        {
            "sha256": TEXT,
            "kind": TEXT,
            "mime": TEXT,
            "size": INT,
            "path": TEXT,
            "original_name": TEXT,
            "width": INT,
            "height": INT,
            "duration": FLOAT,
            "caption": TEXT,
            "alt": TEXT,
            "credit": TEXT,
            "rights": TEXT,
            "sample": INT,
        },
        pk="sha256",
        not_null={"kind", "mime", "size", "path"},
    )
    db["renditions"].create(
        {
            "media": TEXT,
            "kind": TEXT,
            "path": TEXT,
            "width": INT,
            "height": INT,
            "mime": TEXT,
            "size": INT,
        },
        pk=("media", "kind"),
        foreign_keys=[("media", "media", "sha256")],
    )
    db["event_media"].create(
        {"event": TEXT, "media": TEXT, "position": INT},
        pk=("event", "media"),
        foreign_keys=[("event", "events", "slug"), ("media", "media", "sha256")],
    )
    db["section_media"].create(
        {"section": TEXT, "media": TEXT, "position": INT},
        pk=("section", "media"),
        foreign_keys=[("section", "sections", "slug"), ("media", "media", "sha256")],
    )


def _artwork_tables(db: Database) -> None:
    db["artists"].create(
        {"slug": TEXT, "full_name": TEXT, "first_name": TEXT, "class_name": TEXT, "minor": INT},
        pk="slug",
    )
    db["consents"].create(
        {"artist": TEXT, "display": TEXT, "given_by": TEXT, "date": TEXT, "note": TEXT},
        pk="artist",
        foreign_keys=[("artist", "artists", "slug")],
    )
    db["artworks"].create(
        {
            "slug": TEXT,
            "section": TEXT,
            "title": TEXT,
            "artist": TEXT,
            "school": TEXT,
            "year": INT,
            "medium": TEXT,
            "description": TEXT,
            "media": TEXT,
            "sample": INT,
            "position": INT,
        },
        pk="slug",
        foreign_keys=[
            ("section", "sections", "slug"),
            ("artist", "artists", "slug"),
            ("media", "media", "sha256"),
        ],
    )


def _programme_tables(db: Database) -> None:
    db["programmes"].create(
        {
            "slug": TEXT,
            "section": TEXT,
            "title": TEXT,
            "performers": TEXT,
            "note": TEXT,
            "sample": INT,
        },
        pk="slug",
        foreign_keys=[("section", "sections", "slug")],
    )
    db["programme_items"].create(
        {
            "slug": TEXT,
            "programme": TEXT,
            "composer": TEXT,
            "work": TEXT,
            "performers": TEXT,
            "instrument": TEXT,
            "duration": FLOAT,
            "audio": TEXT,
            "sample": INT,
            "position": INT,
        },
        pk="slug",
        foreign_keys=[("programme", "programmes", "slug"), ("audio", "media", "sha256")],
    )


@migrations()
def m002_search(db: Database) -> None:
    # Folded text is indexed; the original title is kept to show. Rebuilt on every content write.
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        "folded, kind UNINDEXED, ref UNINDEXED, lang UNINDEXED, title UNINDEXED, "
        "body UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    )


@migrations()
def m003_media_taken(db: Database) -> None:
    # When a picture was taken, from its EXIF, for staff sorting an import.
    db["media"].add_column("taken", str)


@migrations()
def m004_event_web_media(db: Database) -> None:
    # The web address of an event's media in an imported TimelineJS sheet, kept for staff.
    db["events"].add_column("web_media", str)


@migrations()
def m005_search_prefixes(db: Database) -> None:
    # Search as you type asks for prefixes of 1 to 4 letters most: FTS5 keeps a doclist for
    # each, so "m"* does not merge the doclists of every word beginning with m (50,000 items:
    # from 47 ms to 3 ms). The rows are kept: a draft's index is whole until its next rebuild.
    db.execute(
        "CREATE VIRTUAL TABLE search_prefixed USING fts5("
        "folded, kind UNINDEXED, ref UNINDEXED, lang UNINDEXED, title UNINDEXED, "
        "body UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')"
    )
    db.execute(
        "INSERT INTO search_prefixed (folded, kind, ref, lang, title, body) "
        "SELECT folded, kind, ref, lang, title, body FROM search"
    )
    db.execute("DROP TABLE search")
    db.execute("ALTER TABLE search_prefixed RENAME TO search")


@migrations()
def m006_source_language(db: Database) -> None:
    # The language a source is written in: a visitor reading another is told ("in English").
    db["sources"].add_column("language", str)


@migrations()
def m007_composer_dates(db: Database) -> None:
    # A composer's years ("1885–1948"), shown beside the name on the piece's page.
    db["programme_items"].add_column("composer_dates", str)


@migrations()
def m008_event_web_media_texts(db: Database) -> None:
    # The caption and credit a TimelineJS sheet gives an event's web media, kept with its address.
    db["events"].add_column("web_media_caption", str)
    db["events"].add_column("web_media_credit", str)


@migrations()
def m009_media_taken_iso(db: Database) -> None:
    # Dates from photo tools were stored as written ("2019:05:04", "May 2019"): now all are ISO
    # 8601 (kiosk.content.taken), and one that is no date is dropped.
    for sha, taken in db.execute("SELECT sha256, taken FROM media WHERE taken IS NOT NULL"):
        iso = iso_taken(taken)
        if iso != taken:
            db.execute("UPDATE media SET taken = ? WHERE sha256 = ?", [iso, sha])


@migrations()
def m010_search_kept_current(db: Database) -> None:
    # The search index was rebuilt whole at every publish (a 10,000-photo exhibition: 4 s of a
    # publish's 8). Triggers now note each document a write makes stale, in the write's own
    # transaction, and kiosk.archive.search.refresh re-indexes those alone. The languages the
    # index covers are kept too: with none noted, as in every archive before this one, the
    # next refresh rebuilds the index whole.
    searched = (  # (table, its key, the kind of search document: kiosk.archive.search)
        ("exhibition", "slug", "exhibition"),
        ("sections", "slug", "section"),
        ("events", "slug", "event"),
        ("media", "sha256", "media"),
        ("artworks", "slug", "artwork"),
        ("programme_items", "slug", "programme-item"),
    )
    db.execute("CREATE TABLE search_stale (kind TEXT, ref TEXT, PRIMARY KEY (kind, ref))")
    db.execute("CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT)")
    for table, key, kind in searched:
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            marks = " ".join(_mark_stale(f"'{kind}'", f"{row}.{key}") for row in rows)
            db.execute(
                f"CREATE TRIGGER search_stale_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {marks} END"
            )
    # An artwork's document holds its artist's name, as their consent allows it to be shown.
    for table, key in (("artists", "slug"), ("consents", "artist")):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            db.execute(
                f"CREATE TRIGGER search_stale_{table}_{event.lower()} AFTER {event} ON {table} "
                "BEGIN INSERT INTO search_stale SELECT 'artwork', slug FROM artworks "
                f"WHERE artist = {row}.{key} AND slug NOT IN "
                "(SELECT ref FROM search_stale WHERE kind = 'artwork'); END"
            )


def _mark_stale(kind: str, ref: str) -> str:
    # Not INSERT OR IGNORE: a trigger's conflict clause gives way to its statement's (an
    # upsert's), and a second write of a document would fail.
    return (
        f"INSERT INTO search_stale SELECT {kind}, {ref} WHERE NOT EXISTS "
        f"(SELECT 1 FROM search_stale WHERE kind = {kind} AND ref = {ref});"
    )


@migrations()
def m011_audio_descriptions(db: Database) -> None:
    # A recording describing an event, an artwork or a piece, which read aloud plays instead
    # of the voice (the Access panel). A media id, checked as every reference is
    # (kiosk.content.rules): a foreign key would have sqlite-utils rebuild the tables, and
    # the rebuild drops m010's triggers.
    for table in ("events", "artworks", "programme_items"):
        db[table].add_column("audio_description", str)
