-- The last decision number given per issuer and calendar year (Decree 30/2020: numbers restart at
-- 01 on 1 January and are unique per issuer and year). One row per counter so that incrementing it
-- takes a row lock: callers on every node wait for each other, and a rolled-back caller's number is
-- given to the next one instead of leaving a gap. YEAR is a keyword in H2 2.x, hence issue_year.
create table decision_number (
    issuer      varchar(32) not null,
    issue_year  int         not null,
    last_number int         not null,
    primary key (issuer, issue_year),
    constraint ck_decision_number_last check (last_number >= 0)
);
