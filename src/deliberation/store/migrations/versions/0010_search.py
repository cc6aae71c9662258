"""Search across the store: one full-text index kept in step by triggers, filled for old stores.

On SQLite, an FTS5 table (`search_index`, accents and case folded by the `unicode61
remove_diacritics 2` tokenizer, prefix indexes of 2 and 3 characters). On PostgreSQL, a table
with a generated `tsvector` (a French configuration through `unaccent`) and its GIN index.
Each indexed table gets triggers that rewrite its rows' entries in the same transaction as the
write; an entry's key is the row's id times 16 plus a code for its source, so that a trigger
finds it without a scan.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from typing import NamedTuple

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLE = "search_index"
CONFIG = "deliberation_fr"  # the PostgreSQL text search configuration
COLUMNS = "kind, place_id, detail, label, context, title, body"

_DAYS = ("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")
_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_MEETING_KINDS = (
    ("plenary", "Réunion plénière"),
    ("group_session", "Séance de groupe de travail"),
    ("sharing_day", "Journée de partage"),
    ("consensus_conference", "Conférence de consensus"),
)


class Source(NamedTuple):
    """What one table writes into the index: SQL expressions over its row, written `{r}`."""

    table: str
    code: int  # 1..15, unique: the entry's key is id * 16 + code
    kind: str
    place_id: str
    detail: str
    label: str  # what the hit is called (not searched)
    context: str  # where it is (not searched)
    title: str  # searched, weighted above the body: the row's own title only
    body: str
    when: str = "1 = 1"


def _text(expression: str) -> str:
    return f"coalesce({expression}, '')"


def _join(*expressions: str) -> str:
    """Texts joined by spaces (each NULL read as empty)."""
    return " || ' ' || ".join(_text(e) for e in expressions)


def _sqlite_date(day: str, numeric: bool = True) -> str:
    """« mardi 6 avril 2027 06/04/2027 » from a date column (SQLite stores YYYY-MM-DD); without
    `numeric`, « mardi 6 avril 2027 »."""
    days = " ".join(f"WHEN {i} THEN '{name}'" for i, name in enumerate(_DAYS))
    months = " ".join(f"WHEN {i} THEN '{name}'" for i, name in enumerate(_MONTHS, 1))
    return (
        f"(CASE CAST(strftime('%w', {day}) AS INTEGER) {days} END || ' ' || "
        f"CASE CAST(strftime('%d', {day}) AS INTEGER) WHEN 1 THEN '1er' "
        f"ELSE CAST(CAST(strftime('%d', {day}) AS INTEGER) AS TEXT) END || ' ' || "
        f"CASE CAST(strftime('%m', {day}) AS INTEGER) {months} END || ' ' || "
        f"strftime('%Y', {day})" + (f" || ' ' || strftime('%d/%m/%Y', {day}))" if numeric else ")")
    )


def _sqlite_runs(content: str) -> str:
    """The words of a stored paragraph or amendment (JSON whose text sits in `runs`)."""
    return (
        f"(CASE WHEN json_valid({content}) THEN (SELECT group_concat(j.atom, ' ') "
        f"FROM json_tree({content}) AS j WHERE j.key = 0 AND j.type = 'text' "
        f"AND j.path LIKE '%.runs[%]') ELSE {content} END)"
    )


def _postgres_date(day: str, numeric: bool = True) -> str:
    written = f"search_french_date({day})"
    return (
        written
        if numeric
        else f"split_part({written}, ' ', 1) || ' ' || split_part("
        f"{written}, ' ', 2) || ' ' || split_part({written}, ' ', 3) || ' ' || split_part("
        f"{written}, ' ', 4)"
    )


def _postgres_runs(content: str) -> str:
    return f"search_runs_text({content})"


def sources(postgres: bool) -> tuple[Source, ...]:
    """Every indexed table, in the SQL of one dialect."""
    date = _postgres_date if postgres else _sqlite_date
    runs = _postgres_runs if postgres else _sqlite_runs
    uuid = "CAST({r}.%s AS TEXT)"
    kinds = " ".join(f"WHEN '{key}' THEN '{label}'" for key, label in _MEETING_KINDS)
    meeting_kind = f"(CASE {{r}}.kind {kinds} ELSE '' END)"
    group_name = "(SELECT g.name FROM working_group g WHERE g.id = {r}.group_id)"
    acronym = "(SELECT o.acronym FROM organisation o WHERE o.id = {r}.organisation_id)"
    meeting_day = "(SELECT m.day FROM meeting m WHERE m.id = {r}.meeting_id)"
    opinion_title = "(SELECT p.title FROM opinion p WHERE p.id = {r}.opinion_id)"
    meeting_label = (
        f"CASE WHEN {{r}}.title <> '' THEN {{r}}.title "
        f"ELSE {meeting_kind} || coalesce(' — ' || {group_name}, '') END"
    )
    position_label = (
        f"{_text(acronym)} || ' — ' || "
        "(SELECT s.label FROM consultation_subject s WHERE s.id = {r}.subject_id)"
    )
    consultation_title = (
        "(SELECT c.title FROM consultation c JOIN consultation_subject s "
        "ON s.consultation_id = c.id WHERE s.id = {r}.subject_id)"
    )
    named = "{r}.acronym || ' — ' || {r}.name"
    item_day = f"'Séance du ' || {_text(date(meeting_day, False))}"
    opinion = _text(opinion_title)
    return (
        # table, code, kind, place id, detail, label, context, title, body[, when]
        Source("organisation", 1, "organisation", "{r}.id", "''", named, "''", named,
               _text("{r}.notes")),
        Source("organisation_name", 2, "former_name", "{r}.organisation_id", "''", named,
               f"'Ancien nom de ' || {_text(acronym)}", named, _text("{r}.note")),
        Source("delegate", 3, "delegate", "{r}.organisation_id", "CAST({r}.id AS TEXT)",
               "{r}.first_name || ' ' || {r}.last_name", _text(acronym),
               "{r}.first_name || ' ' || {r}.last_name", _join("{r}.function", "{r}.email")),
        Source("working_group", 4, "group", "{r}.id", "''", "{r}.name", "''", "{r}.name",
               _text("{r}.mandate")),
        Source("meeting", 5, "meeting", "{r}.id", "''", meeting_label, date("{r}.day", False),
               "{r}.title",
               _join(date("{r}.day"), "{r}.place", meeting_kind, group_name, "{r}.notes")),
        Source("agenda_item", 6, "agenda_item", "{r}.meeting_id", uuid % "uuid", "{r}.title",
               item_day, "{r}.title", _join("{r}.description", "{r}.outcome")),
        Source("agenda_item", 7, "decision", "{r}.meeting_id", uuid % "uuid", "{r}.title",
               item_day, "''", "{r}.decision", "{r}.decision <> ''"),
        Source("action", 8, "action", "{r}.meeting_id", "CAST({r}.id AS TEXT)", "{r}.title",
               _text(acronym), "{r}.title", _text("{r}.note")),
        Source("consultation", 9, "consultation", "{r}.id", "''", "{r}.title", "''",
               "{r}.title", _text("{r}.question")),
        Source("position", 10, "position",
               "(SELECT s.consultation_id FROM consultation_subject s WHERE s.id = {r}.subject_id)",
               "CAST({r}.organisation_id AS TEXT) || ':' || CAST({r}.subject_id AS TEXT)",
               position_label, _text(consultation_title), "''",
               _join("{r}.reservation", "{r}.reasons", "{r}.amendment"),
               "({r}.reservation <> '' OR {r}.reasons <> '' OR {r}.amendment <> '')"),
        Source("opinion", 11, "opinion", "{r}.id", "''", "{r}.title", "''", "{r}.title", "''"),
        Source("opinion_paragraph", 12, "paragraph", "{r}.opinion_id", uuid % "uuid", opinion,
               "''", "''", _text(runs("{r}.content")), "NOT {r}.removed"),
        Source("amendment", 13, "amendment", "{r}.opinion_id", uuid % "paragraph_uuid",
               f"'Amendement de ' || {_text(acronym)}", opinion, "''",
               _join(runs("{r}.content"), "{r}.justification", "{r}.decision_note")),
        Source("opinion_comment", 14, "comment", "{r}.opinion_id", uuid % "paragraph_uuid",
               "CASE WHEN {r}.author <> '' THEN 'Commentaire de ' || {r}.author "
               "ELSE 'Commentaire' END",
               opinion, "''", _text("{r}.text")),
    )  # fmt: skip


def _values(source: Source, row: str) -> str:
    """The SELECT list of one source's entry for the row named `row` (NEW, or an alias)."""
    parts = (
        f"{row}.id * 16 + {source.code}",
        f"'{source.kind}'",
        source.place_id,
        source.detail,
        source.label,
        source.context,
        source.title,
        source.body,
    )
    return ", ".join(part.replace("{r}", row) for part in parts)


def _when(source: Source, row: str) -> str:
    return source.when.replace("{r}", row)


def _tables(postgres: bool) -> dict[str, list[Source]]:
    tables: dict[str, list[Source]] = {}
    for source in sources(postgres):
        tables.setdefault(source.table, []).append(source)
    return tables


# -- SQLite -------------------------------------------------------------------------------------


def _sqlite_upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(kind UNINDEXED, place_id UNINDEXED, "
        "detail UNINDEXED, label UNINDEXED, context UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for table, table_sources in _tables(postgres=False).items():
        deletes = " ".join(
            f"DELETE FROM {TABLE} WHERE rowid = OLD.id * 16 + {s.code};" for s in table_sources
        )
        inserts = " ".join(
            f"INSERT INTO {TABLE} (rowid, {COLUMNS}) SELECT {_values(s, 'NEW')} "
            f"WHERE {_when(s, 'NEW')};"
            for s in table_sources
        )
        news = deletes.replace("OLD.", "NEW.")
        op.execute(
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {news} {inserts} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} "
            f"BEGIN {deletes} {inserts} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {deletes} END"
        )
        for s in table_sources:
            op.execute(
                f"INSERT INTO {TABLE} (rowid, {COLUMNS}) SELECT {_values(s, 'r')} "
                f"FROM {table} AS r WHERE {_when(s, 'r')}"
            )


def _sqlite_downgrade() -> None:
    for table in _tables(postgres=False):
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")


# -- PostgreSQL ---------------------------------------------------------------------------------

_POSTGRES_HELPERS = (
    """DO $$ BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'unaccent cannot be installed: the search will not fold accents';
END $$""",
    f"""DO $$ BEGIN
    CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = french);
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
        ALTER TEXT SEARCH CONFIGURATION {CONFIG}
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END $$""",
    f"""CREATE FUNCTION search_french_date(day date) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY{list(_DAYS)})[EXTRACT(DOW FROM day)::int + 1] || ' ' ||
        CASE WHEN EXTRACT(DAY FROM day) = 1 THEN '1er' ELSE EXTRACT(DAY FROM day)::int::text END
        || ' ' || (ARRAY{list(_MONTHS)})[EXTRACT(MONTH FROM day)::int] || ' ' ||
        EXTRACT(YEAR FROM day)::int::text || ' ' || to_char(day, 'DD/MM/YYYY')
$$""",
    """CREATE FUNCTION search_runs_text(content text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN coalesce((SELECT string_agg(v #>> '{}', ' ')
        FROM jsonb_path_query(content::jsonb, 'strict $.**.runs[*][0]') AS v), '');
EXCEPTION WHEN OTHERS THEN
    RETURN content;
END $$""",
    f"""CREATE TABLE {TABLE} (
    entry bigint PRIMARY KEY,
    kind text NOT NULL,
    place_id integer,
    detail text NOT NULL DEFAULT '',
    label text NOT NULL DEFAULT '',
    context text NOT NULL DEFAULT '',
    title text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('{CONFIG}', title), 'A') || to_tsvector('{CONFIG}', body)
    ) STORED
)""",
    f"CREATE INDEX ix_{TABLE}_document ON {TABLE} USING gin (document)",
)


def _postgres_upgrade() -> None:
    for statement in _POSTGRES_HELPERS:
        op.execute(statement)
    for table, table_sources in _tables(postgres=True).items():
        statements = []
        for s in table_sources:
            statements.append(
                f"IF TG_OP <> 'INSERT' THEN DELETE FROM {TABLE} "
                f"WHERE entry = OLD.id * 16 + {s.code}; END IF;"
            )
            statements.append(
                f"IF TG_OP <> 'DELETE' THEN INSERT INTO {TABLE} (entry, {COLUMNS}) "
                f"SELECT {_values(s, 'NEW')} WHERE {_when(s, 'NEW')}; END IF;"
            )
        body = "\n".join(statements)
        op.execute(
            f"CREATE FUNCTION search_{table}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n{body}\nRETURN NULL;\nEND $$"
        )
        op.execute(
            f"CREATE TRIGGER search_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_{table}()"
        )
        for s in table_sources:
            op.execute(
                f"INSERT INTO {TABLE} (entry, {COLUMNS}) SELECT {_values(s, 'r')} "
                f"FROM {table} AS r WHERE {_when(s, 'r')}"
            )


def _postgres_downgrade() -> None:
    for table in _tables(postgres=True):
        op.execute(f"DROP TRIGGER IF EXISTS search_{table} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS search_{table}()")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    op.execute("DROP FUNCTION IF EXISTS search_runs_text(text)")
    op.execute("DROP FUNCTION IF EXISTS search_french_date(date)")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres_downgrade()
    else:
        _sqlite_downgrade()
