package org.concord.server;

import java.util.List;

/**
 * The SQL of Concord's schema on a server, as migrations: {@code MIGRATIONS.get(v)} upgrades a server from version
 * {@code v} to {@code v + 1}. Everything lives in the schema {@code concord}. Times are {@code timestamptz}; the study
 * files' millisecond times are converted exactly ({@code epoch + ms milliseconds}).
 *
 * <p>Every data row carries {@code study_id} and, below the study, {@code la_code}: the columns a Citus cluster
 * would distribute on (see the README). The fieldwork role writes only through the {@code SECURITY DEFINER}
 * functions, which return counts and never an answer; it has no right to read any table of answers.
 */
final class ServerMigrations {
    /** The schema version this build writes; servers with a higher version are refused. */
    static final int CURRENT_VERSION = 1;

    private ServerMigrations() {
    }

    private static final String TABLES_1 = """
            CREATE TABLE concord.schema_version(version integer NOT NULL, server_id uuid NOT NULL,
                upgraded_at timestamptz NOT NULL DEFAULT now());
            INSERT INTO concord.schema_version(version, server_id) VALUES (0, gen_random_uuid());
            CREATE FUNCTION concord.ms(bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE STRICT
                AS $$ SELECT timestamptz 'epoch' + $1 * interval '1 millisecond' $$;
            CREATE FUNCTION concord.ms_of(timestamptz) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT
                AS $$ SELECT (extract(epoch FROM $1) * 1000)::bigint $$;
            CREATE TABLE concord.study(study_id uuid PRIMARY KEY, form_id text NOT NULL, form_title text,
                form_sha256 text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
            CREATE TABLE concord.form(study_id uuid NOT NULL REFERENCES concord.study, sha256 text NOT NULL,
                text text NOT NULL, PRIMARY KEY(study_id, sha256));
            CREATE TABLE concord.la(study_id uuid NOT NULL REFERENCES concord.study, code text NOT NULL,
                name text NOT NULL, position integer NOT NULL, PRIMARY KEY(study_id, code));
            CREATE TABLE concord.laptop(study_id uuid NOT NULL REFERENCES concord.study, laptop text NOT NULL,
                first_sync_at timestamptz NOT NULL, last_sync_at timestamptz, last_file text,
                PRIMARY KEY(study_id, laptop));
            CREATE TABLE concord.sync_run(run_id bigserial PRIMARY KEY, study_id uuid NOT NULL REFERENCES concord.study,
                laptop text NOT NULL, file text NOT NULL, started_at timestamptz NOT NULL DEFAULT now(),
                finished_at timestamptz, batches integer NOT NULL DEFAULT 0, rows_sent bigint NOT NULL DEFAULT 0,
                rows_added bigint NOT NULL DEFAULT 0);
            CREATE TABLE concord.session(study_id uuid NOT NULL, session_uuid uuid NOT NULL, la_code text NOT NULL,
                researcher text NOT NULL, device text NOT NULL, started_at timestamptz NOT NULL, ended_at timestamptz,
                laptop text NOT NULL, run_id bigint NOT NULL, PRIMARY KEY(study_id, session_uuid));
            CREATE TABLE concord.participant(seq bigserial NOT NULL UNIQUE, study_id uuid NOT NULL,
                participant_uuid uuid NOT NULL, code text NOT NULL, session_uuid uuid NOT NULL, la_code text NOT NULL,
                language text NOT NULL, seed bigint NOT NULL, started_at timestamptz NOT NULL,
                completed_at timestamptz, form_sha256 text, laptop text NOT NULL, run_id bigint NOT NULL,
                PRIMARY KEY(study_id, participant_uuid));
            CREATE INDEX participant_study_seq ON concord.participant(study_id, seq);
            CREATE TABLE concord.answer(study_id uuid NOT NULL, participant_uuid uuid NOT NULL, item text NOT NULL,
                revision integer NOT NULL, value text, language text, answered_at timestamptz NOT NULL,
                form_sha256 text, la_code text NOT NULL, laptop text NOT NULL, run_id bigint NOT NULL,
                PRIMARY KEY(study_id, participant_uuid, item, revision));
            CREATE TABLE concord.paradata(study_id uuid NOT NULL, participant_uuid uuid NOT NULL, event text NOT NULL,
                detail text, at timestamptz NOT NULL, la_code text NOT NULL, laptop text NOT NULL,
                run_id bigint NOT NULL,
                CONSTRAINT paradata_once UNIQUE NULLS NOT DISTINCT (study_id, participant_uuid, at, event, detail));
            CREATE TABLE concord.conflict(conflict_id bigserial PRIMARY KEY, study_id uuid NOT NULL,
                participant_uuid uuid NOT NULL, code text, what text NOT NULL, revision integer, kept text,
                other text, kept_from text, other_from text NOT NULL, recorded_at timestamptz NOT NULL,
                run_id bigint NOT NULL,
                CONSTRAINT conflict_once UNIQUE NULLS NOT DISTINCT (study_id, participant_uuid, what, revision, kept,
                    other, other_from));
            """;

    private static final String SYNC_FUNCTIONS_1 = """
            CREATE FUNCTION concord.begin_sync(p_study uuid, p_form_id text, p_form_title text, p_form_sha text,
                p_form_shas text[], p_form_texts text[], p_la_codes text[], p_la_names text[], p_laptop text,
                p_file text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            DECLARE v_run bigint; v_next integer;
            BEGIN
                INSERT INTO study(study_id, form_id, form_title, form_sha256)
                    VALUES (p_study, p_form_id, p_form_title, p_form_sha) ON CONFLICT DO NOTHING;
                INSERT INTO form(study_id, sha256, text) SELECT p_study, s, t FROM unnest(p_form_shas, p_form_texts)
                    AS x(s, t) ON CONFLICT DO NOTHING;
                -- LAs not yet known go after the known ones, in the laptop's order.
                SELECT COALESCE(max(position) + 1, 0) INTO v_next FROM la WHERE study_id = p_study;
                INSERT INTO la(study_id, code, name, position)
                    SELECT p_study, c, n, v_next + o::integer FROM unnest(p_la_codes, p_la_names) WITH ORDINALITY
                    AS x(c, n, o) ORDER BY o ON CONFLICT DO NOTHING;
                INSERT INTO laptop(study_id, laptop, first_sync_at) VALUES (p_study, p_laptop, now())
                    ON CONFLICT DO NOTHING;
                INSERT INTO sync_run(study_id, laptop, file) VALUES (p_study, p_laptop, p_file)
                    RETURNING run_id INTO v_run;
                RETURN v_run;
            END $$;
            CREATE FUNCTION concord.run_of(p_run bigint, OUT o_study uuid, OUT o_laptop text, OUT o_from text)
                LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            BEGIN
                SELECT study_id, laptop, laptop || ' (' || file || ')' INTO o_study, o_laptop, o_from
                    FROM sync_run WHERE run_id = p_run;
                IF NOT FOUND THEN RAISE EXCEPTION 'no sync run %', p_run; END IF;
            END $$;
            CREATE FUNCTION concord.put_sessions(p_run bigint, p_uuid text[], p_la text[], p_researcher text[],
                p_device text[], p_started bigint[], p_ended bigint[]) RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            DECLARE r record; n integer;
            BEGIN
                SELECT * INTO r FROM run_of(p_run);
                INSERT INTO session AS s(study_id, session_uuid, la_code, researcher, device, started_at, ended_at,
                        laptop, run_id)
                    SELECT r.o_study, u::uuid, l, re, d, ms(st), ms(en), r.o_laptop, p_run
                    FROM unnest(p_uuid, p_la, p_researcher, p_device, p_started, p_ended) AS x(u, l, re, d, st, en)
                    ON CONFLICT (study_id, session_uuid) DO UPDATE SET ended_at = EXCLUDED.ended_at
                    WHERE s.ended_at IS NULL AND EXCLUDED.ended_at IS NOT NULL;
                GET DIAGNOSTICS n = ROW_COUNT;
                RETURN n;
            END $$;
            CREATE FUNCTION concord.put_participants(p_run bigint, p_uuid text[], p_code text[], p_session text[],
                p_la text[], p_language text[], p_seed bigint[], p_started bigint[], p_completed bigint[],
                p_form text[]) RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            DECLARE r record; n integer; m integer;
            BEGIN
                SELECT * INTO r FROM run_of(p_run);
                INSERT INTO participant(study_id, participant_uuid, code, session_uuid, la_code, language, seed,
                        started_at, completed_at, form_sha256, laptop, run_id)
                    SELECT r.o_study, u::uuid, c, s::uuid, l, lg, sd, ms(st), ms(co), f, r.o_laptop, p_run
                    FROM unnest(p_uuid, p_code, p_session, p_la, p_language, p_seed, p_started, p_completed, p_form)
                        WITH ORDINALITY AS x(u, c, s, l, lg, sd, st, co, f, o)
                    ORDER BY o ON CONFLICT DO NOTHING;
                GET DIAGNOSTICS n = ROW_COUNT;
                -- Every participant of the batch new to the server: no answer of theirs can be there yet (another
                -- laptop sending one of them waits for this transaction), so put_answers may skip its comparisons.
                PERFORM set_config('concord.fresh_batch', CASE WHEN n = cardinality(p_uuid) THEN 'on' ELSE 'off' END,
                    true);
                IF n = cardinality(p_uuid) THEN RETURN n; END IF;
                -- Known participants: a completion the server lacks is added; any other difference is a conflict
                -- (merge's rules: the first value stays, both are recorded).
                UPDATE participant p SET completed_at = ms(x.co)
                    FROM unnest(p_uuid, p_completed) AS x(u, co)
                    WHERE p.study_id = r.o_study AND p.participant_uuid = x.u::uuid AND p.completed_at IS NULL
                    AND x.co IS NOT NULL;
                GET DIAGNOSTICS m = ROW_COUNT;
                INSERT INTO conflict(study_id, participant_uuid, code, what, revision, kept, other, kept_from,
                        other_from, recorded_at, run_id)
                    SELECT r.o_study, p.participant_uuid, p.code, f.what, NULL, f.kept, f.other, p.laptop, r.o_from,
                        now(), p_run
                    FROM unnest(p_uuid, p_code, p_session, p_la, p_language, p_seed, p_started, p_completed)
                        AS x(u, c, s, l, lg, sd, st, co)
                    JOIN participant p ON p.study_id = r.o_study AND p.participant_uuid = x.u::uuid
                    CROSS JOIN LATERAL (VALUES ('code', p.code, x.c), ('session', p.session_uuid::text, x.s),
                        ('la_code', p.la_code, x.l), ('language', p.language, x.lg), ('seed', p.seed::text, x.sd::text),
                        ('started_at', ms_of(p.started_at)::text, x.st::text),
                        ('completed_at', ms_of(p.completed_at)::text, x.co::text)) AS f(what, kept, other)
                    WHERE f.kept IS DISTINCT FROM f.other AND (f.what <> 'completed_at' OR x.co IS NOT NULL)
                    ON CONFLICT DO NOTHING;
                RETURN n + m;
            END $$;
            CREATE FUNCTION concord.put_answers(p_run bigint, p_participant text[], p_item text[],
                p_revision integer[], p_value text[], p_language text[], p_at bigint[], p_form text[])
                RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            DECLARE r record; n integer; missing text;
            BEGIN
                SELECT * INTO r FROM run_of(p_run);
                IF current_setting('concord.fresh_batch', true) = 'on' THEN
                    -- A plain insert: a revision that were there after all would fail the batch, never be lost.
                    INSERT INTO answer(study_id, participant_uuid, item, revision, value, language, answered_at,
                            form_sha256, la_code, laptop, run_id)
                        SELECT r.o_study, x.u::uuid, x.item, x.rev, x.val, x.lg, ms(x.at), x.f, p.la_code, r.o_laptop,
                            p_run
                        FROM unnest(p_participant, p_item, p_revision, p_value, p_language, p_at, p_form)
                            AS x(u, item, rev, val, lg, at, f)
                        JOIN participant p ON p.study_id = r.o_study AND p.participant_uuid = x.u::uuid;
                    GET DIAGNOSTICS n = ROW_COUNT;
                    IF n <> cardinality(p_participant) THEN
                        RAISE EXCEPTION 'answers of participants that are not on the server';
                    END IF;
                    RETURN n;
                END IF;
                SELECT x.u INTO missing FROM unnest(p_participant) AS x(u) WHERE NOT EXISTS (SELECT 1
                    FROM participant p WHERE p.study_id = r.o_study AND p.participant_uuid = x.u::uuid) LIMIT 1;
                IF missing IS NOT NULL THEN
                    RAISE EXCEPTION 'answers of participant % arrived before the participant', missing;
                END IF;
                -- New revisions are added, except after a revision that differs from the server's: from there
                -- the histories have parted and every later revision of the item is a conflict (as in merge).
                WITH x AS (SELECT * FROM unnest(p_participant, p_item, p_revision, p_value, p_language, p_at, p_form)
                        WITH ORDINALITY AS x(u, item, rev, val, lg, at, f, o)),
                    cur AS (SELECT x.*, a.participant_uuid IS NOT NULL AS present,
                        a.participant_uuid IS NOT NULL AND (a.value IS DISTINCT FROM x.val
                            OR a.language IS DISTINCT FROM x.lg OR a.answered_at <> ms(x.at)) AS differs
                        FROM x LEFT JOIN answer a ON a.study_id = r.o_study AND a.participant_uuid = x.u::uuid
                        AND a.item = x.item AND a.revision = x.rev),
                    parted AS (SELECT u, item, min(rev) AS rev FROM cur WHERE differs GROUP BY u, item)
                INSERT INTO answer(study_id, participant_uuid, item, revision, value, language, answered_at,
                        form_sha256, la_code, laptop, run_id)
                    SELECT r.o_study, c.u::uuid, c.item, c.rev, c.val, c.lg, ms(c.at), c.f, p.la_code, r.o_laptop,
                        p_run
                    FROM cur c JOIN participant p ON p.study_id = r.o_study AND p.participant_uuid = c.u::uuid
                    LEFT JOIN parted d ON d.u = c.u AND d.item = c.item
                    WHERE NOT c.present AND (d.rev IS NULL OR c.rev < d.rev) ORDER BY c.o
                    ON CONFLICT DO NOTHING;
                GET DIAGNOSTICS n = ROW_COUNT;
                IF n = cardinality(p_participant) THEN RETURN n; END IF;
                -- Compared again in a new statement: it also sees what another laptop committed meanwhile.
                WITH x AS (SELECT * FROM unnest(p_participant, p_item, p_revision, p_value, p_language, p_at)
                        AS x(u, item, rev, val, lg, at)),
                    cur AS (SELECT x.*, a.value AS kept, a.laptop AS kept_from, a.participant_uuid IS NOT NULL AS present,
                        a.participant_uuid IS NOT NULL AND (a.value IS DISTINCT FROM x.val
                            OR a.language IS DISTINCT FROM x.lg OR a.answered_at <> ms(x.at)) AS differs
                        FROM x LEFT JOIN answer a ON a.study_id = r.o_study AND a.participant_uuid = x.u::uuid
                        AND a.item = x.item AND a.revision = x.rev),
                    parted AS (SELECT u, item, min(rev) AS rev FROM cur WHERE differs GROUP BY u, item)
                INSERT INTO conflict(study_id, participant_uuid, code, what, revision, kept, other, kept_from,
                        other_from, recorded_at, run_id)
                    SELECT r.o_study, c.u::uuid, p.code, c.item, c.rev, c.kept, c.val, c.kept_from, r.o_from, now(),
                        p_run
                    FROM cur c JOIN parted d ON d.u = c.u AND d.item = c.item AND c.rev >= d.rev
                    JOIN participant p ON p.study_id = r.o_study AND p.participant_uuid = c.u::uuid
                    WHERE NOT (c.present AND NOT c.differs)
                    ON CONFLICT DO NOTHING;
                RETURN n;
            END $$;
            CREATE FUNCTION concord.put_paradata(p_run bigint, p_participant text[], p_event text[], p_detail text[],
                p_at bigint[]) RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            DECLARE r record; n integer;
            BEGIN
                SELECT * INTO r FROM run_of(p_run);
                INSERT INTO paradata(study_id, participant_uuid, event, detail, at, la_code, laptop, run_id)
                    SELECT r.o_study, x.u::uuid, x.e, x.d, ms(x.at), p.la_code, r.o_laptop, p_run
                    FROM unnest(p_participant, p_event, p_detail, p_at) WITH ORDINALITY AS x(u, e, d, at, o)
                    JOIN participant p ON p.study_id = r.o_study AND p.participant_uuid = x.u::uuid
                    ORDER BY x.o ON CONFLICT DO NOTHING;
                GET DIAGNOSTICS n = ROW_COUNT;
                RETURN n;
            END $$;
            CREATE FUNCTION concord.put_merge_conflicts(p_run bigint, p_participant text[], p_what text[],
                p_revision integer[], p_kept text[], p_other text[], p_other_file text[], p_at bigint[])
                RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            DECLARE r record; n integer;
            BEGIN
                SELECT * INTO r FROM run_of(p_run);
                INSERT INTO conflict(study_id, participant_uuid, code, what, revision, kept, other, kept_from,
                        other_from, recorded_at, run_id)
                    SELECT r.o_study, x.u::uuid, p.code, x.w, x.rev, x.k, x.ot, 'merge into ' || r.o_from, x.f,
                        ms(x.at), p_run
                    FROM unnest(p_participant, p_what, p_revision, p_kept, p_other, p_other_file, p_at)
                        AS x(u, w, rev, k, ot, f, at)
                    LEFT JOIN participant p ON p.study_id = r.o_study AND p.participant_uuid = x.u::uuid
                    ON CONFLICT DO NOTHING;
                GET DIAGNOSTICS n = ROW_COUNT;
                RETURN n;
            END $$;
            CREATE FUNCTION concord.batch_done(p_run bigint, p_sent bigint, p_added bigint) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            DECLARE r record;
            BEGIN
                SELECT * INTO r FROM run_of(p_run);
                UPDATE sync_run SET batches = batches + 1, rows_sent = rows_sent + p_sent,
                    rows_added = rows_added + p_added WHERE run_id = p_run;
                UPDATE laptop SET last_sync_at = now(), last_file = (SELECT file FROM sync_run WHERE run_id = p_run)
                    WHERE study_id = r.o_study AND laptop = r.o_laptop;
            END $$;
            CREATE FUNCTION concord.finish_sync(p_run bigint) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = concord, pg_temp AS $$
            DECLARE r record;
            BEGIN
                SELECT * INTO r FROM run_of(p_run);
                UPDATE sync_run SET finished_at = now() WHERE run_id = p_run;
                UPDATE laptop SET last_sync_at = now() WHERE study_id = r.o_study AND laptop = r.o_laptop;
            END $$;
            CREATE FUNCTION concord.run_conflicts(p_run bigint) RETURNS TABLE(participant_uuid uuid, code text,
                what text, revision integer, other text, other_from text)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = concord, pg_temp AS $$
                SELECT participant_uuid, code, what, revision, other, other_from FROM conflict WHERE run_id = p_run
                ORDER BY conflict_id $$;
            """;

    private static final String STATUS_FUNCTIONS_1 = """
            CREATE FUNCTION concord.studies() RETURNS TABLE(study_id uuid, form_id text, form_title text,
                created_at timestamptz, participants bigint, completed bigint, answers bigint, laptops bigint,
                conflicts bigint) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = concord, pg_temp AS $$
                SELECT s.study_id, s.form_id, s.form_title, s.created_at,
                    (SELECT count(*) FROM participant p WHERE p.study_id = s.study_id),
                    (SELECT count(completed_at) FROM participant p WHERE p.study_id = s.study_id),
                    (SELECT count(*) FROM answer a WHERE a.study_id = s.study_id),
                    (SELECT count(*) FROM laptop l WHERE l.study_id = s.study_id),
                    (SELECT count(*) FROM conflict c WHERE c.study_id = s.study_id)
                FROM study s ORDER BY s.created_at, s.study_id $$;
            CREATE FUNCTION concord.laptops(p_study uuid) RETURNS TABLE(laptop text, first_sync_at timestamptz,
                last_sync_at timestamptz, last_file text, participants bigint)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = concord, pg_temp AS $$
                SELECT l.laptop, l.first_sync_at, l.last_sync_at, l.last_file,
                    (SELECT count(*) FROM participant p WHERE p.study_id = l.study_id AND p.laptop = l.laptop)
                FROM laptop l WHERE l.study_id = p_study ORDER BY l.laptop $$;
            CREATE FUNCTION concord.progress(p_study uuid) RETURNS TABLE(la_code text, la_name text, role text,
                started bigint, completed bigint)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = concord, pg_temp AS $$
                WITH roles AS (SELECT DISTINCT ON (participant_uuid) participant_uuid, value FROM answer
                        WHERE study_id = p_study AND item = 'role' ORDER BY participant_uuid, revision DESC)
                SELECT p.la_code, min(l.name), r.value, count(*), count(p.completed_at)
                FROM participant p LEFT JOIN roles r ON r.participant_uuid = p.participant_uuid
                LEFT JOIN la l ON l.study_id = p.study_id AND l.code = p.la_code
                WHERE p.study_id = p_study GROUP BY p.la_code, r.value ORDER BY min(l.position), p.la_code, r.value $$;
            CREATE FUNCTION concord.study_form(p_study uuid) RETURNS text
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = concord, pg_temp AS $$
                SELECT f.text FROM study s JOIN form f ON f.study_id = s.study_id AND f.sha256 = s.form_sha256
                WHERE s.study_id = p_study $$;
            """;

    /** Statements of each migration, in order ({@code $$}-quoted bodies kept whole). */
    static final List<List<String>> MIGRATIONS = List.of(
            statements(TABLES_1 + SYNC_FUNCTIONS_1 + STATUS_FUNCTIONS_1));

    /** The functions the fieldwork role may call (they write, and return counts or the caller's own values). */
    static final List<String> FIELDWORK_FUNCTIONS = List.of(
            "concord.begin_sync(uuid, text, text, text, text[], text[], text[], text[], text, text)",
            "concord.put_sessions(bigint, text[], text[], text[], text[], bigint[], bigint[])",
            "concord.put_participants(bigint, text[], text[], text[], text[], text[], bigint[], bigint[], bigint[],"
                    + " text[])",
            "concord.put_answers(bigint, text[], text[], integer[], text[], text[], bigint[], text[])",
            "concord.put_paradata(bigint, text[], text[], text[], bigint[])",
            "concord.put_merge_conflicts(bigint, text[], text[], integer[], text[], text[], text[], bigint[])",
            "concord.batch_done(bigint, bigint, bigint)", "concord.finish_sync(bigint)",
            "concord.run_conflicts(bigint)");

    /** The functions both roles may call: counts and progress, no answers. */
    static final List<String> STATUS_FUNCTIONS = List.of("concord.studies()", "concord.laptops(uuid)",
            "concord.progress(uuid)", "concord.study_form(uuid)", "concord.ms(bigint)", "concord.ms_of(timestamptz)");

    /** Splits a script on the semicolons that end a line outside {@code $$} bodies. */
    static List<String> statements(String script) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : script.split("\n")) {
            int dollars = line.split("\\$\\$", -1).length - 1;
            if (dollars % 2 == 1) {
                inBody = !inBody;
            }
            current.append(line).append('\n');
            if (!inBody && line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return List.copyOf(out);
    }
}
