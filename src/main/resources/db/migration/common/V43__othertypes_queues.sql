-- The staff queues of suggestions and representations: open suggestions by due date, undecided representations
-- by policy area and due date (the Director's queue and the changes waiting for the members' decision).
create index suggestion_open_idx on suggestion (decision, decision_due_by);
create index representation_open_idx on representation (policy_area, decision, decision_due_by);
