-- An award of a body that does not use the product (the provincial People's Committee, the Minister)
-- is not numbered here: the proposal goes to that body in a submission (tờ trình, "03/TTr-CAT")
-- numbered in our register, and the decision that comes back is recorded with its own number
-- (decision_symbol, decision_date; decision_seq stays empty) (issue #10, finding 5).
alter table commendation_proposal add column submission_issuer varchar(32);
alter table commendation_proposal add column submission_year int;
alter table commendation_proposal add column submission_seq int;
alter table commendation_proposal add column submission_symbol varchar(64);
alter table commendation_proposal add column submission_date date;
alter table commendation_proposal add constraint uq_proposal_submission unique (submission_issuer, submission_year, submission_seq);
