-- The progress page counts a year's decided recognitions per managing level.
create index unit_recognition_org_year on unit_recognition (managing_org, plan_year);
