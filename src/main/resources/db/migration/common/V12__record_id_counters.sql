-- Record ids ("KT-2026-0007") are numbered by documents.RecordIds under the counter "record:<prefix>",
-- the same for every process's records; the commendation proposals' counter was named "proposal".
update decision_number set issuer = 'record:KT' where issuer = 'proposal';
