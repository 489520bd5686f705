-- PlanProcess (issue #14): a plan is drafted (copied from an earlier one), approved by both sides, published;
-- each local level (district, since July 2025 commune or ward) derives its own plan from it and has it approved by
-- its own two sides; at the year's end the duties are assessed done or not. The seed plan is published.
alter table plan add column status varchar(20) default 'PUBLISHED' not null;
alter table plan add column process_instance_id varchar(64);
alter table plan add column organization varchar(64) references organization (code);
alter table plan add column parent_id varchar(32) references plan (id);
alter table plan add column police_approved_by varchar(64);
alter table plan add column front_approved_by varchar(64);
alter table plan add column return_reason varchar(2000);
alter table plan add column published_at timestamp with time zone;
alter table plan_duty add column done boolean default false not null;
alter table plan_duty add column done_note varchar(2000);
create index plan_parent_ix on plan (parent_id);
