-- A leader who does not approve a nominee says why (issue #10, finding 4); the record shows it to
-- everyone who reads the proposal, the proposer included.
alter table commendation_nominee add column police_refusal_reason varchar(2000);
alter table commendation_nominee add column front_refusal_reason varchar(2000);
