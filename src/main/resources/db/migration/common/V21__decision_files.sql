-- The files of an issued commendation decision (#10 finding 6), made once when the decision is
-- issued and served as kept: a later change of a template or an organisation's name must not
-- change a decision that was signed. The bytes are added by V22 per database (binary column names differ).
create table decision_file (
    id          varchar(48)  not null primary key, -- proposal id and format, e.g. KT-2026-0007.pdf
    proposal_id varchar(32)  not null references commendation_proposal (id),
    format      varchar(8)   not null,
    file_name   varchar(255) not null,
    created_at  timestamp with time zone not null,
    unique (proposal_id, format)
);
