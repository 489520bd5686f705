-- One row that start-up locks (select ... for update) while it loads reference data and
-- accounts, so that nodes starting at once on the same database load one after the other.
create table startup_lock (
    id int primary key
);
insert into startup_lock (id) values (1);
