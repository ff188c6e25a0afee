-- Indexes on the foreign keys of Spring Batch's metadata (V2 has none; PostgreSQL does not create them):
-- the retention cleanup (newsroom-core, package batch) finds an instance's executions and deletes an
-- execution's parameters and steps by these columns, and the publisher's run list joins executions to
-- instances. Without them, each lookup reads the whole table, which grows by every run.
CREATE INDEX IF NOT EXISTS batch_job_execution_instance_idx ON batch_job_execution (job_instance_id);
CREATE INDEX IF NOT EXISTS batch_job_execution_params_execution_idx ON batch_job_execution_params (job_execution_id);
CREATE INDEX IF NOT EXISTS batch_step_execution_execution_idx ON batch_step_execution (job_execution_id);
