-- The semantic vector of each solution's text (bge-small-zh-v1.5: 512 float32, little-endian), kept so
-- that a rebuild or a provider change never embeds a text again. text_hash names the text and the
-- model it was computed from; a solution whose text changed gets a new vector in place of the old.
create table solution_embedding (
    solution_id uuid primary key references solution (id) on delete cascade,
    text_hash text not null,
    vector bytea not null constraint solution_embedding_512_floats check (octet_length(vector) = 2048),
    embedded_at timestamptz not null default now()
);
