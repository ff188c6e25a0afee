package vn.haugiang.newsroom.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Spring Batch's JobRepository (tables {@code batch_*} in PostgreSQL): a job's own account of
 * how many items each step wrote and how long it took, so the figures leave out JVM start-up and
 * HTTP round trips.
 */
final class BatchSteps {

    /** One step execution: its write count and duration in seconds (end − start). */
    record StepRun(long id, long jobExecutionId, String status, long writeCount, double seconds, double startEpoch,
            double endEpoch) {
    }

    private BatchSteps() {
    }

    /** The highest step execution id so far: later runs have larger ids. */
    static long lastStepId(Connection db) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT COALESCE(MAX(step_execution_id), 0) FROM batch_step_execution")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The highest job execution id so far. */
    static long lastJobExecutionId(Connection db) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT COALESCE(MAX(job_execution_id), 0) FROM batch_job_execution")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Ended executions of {@code step} after {@code afterId}, oldest first. */
    static List<StepRun> ended(Connection db, String step, long afterId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT step_execution_id, job_execution_id, status, write_count,
                       EXTRACT(EPOCH FROM end_time - start_time), EXTRACT(EPOCH FROM start_time), EXTRACT(EPOCH FROM end_time)
                FROM batch_step_execution
                WHERE step_name = ? AND step_execution_id > ? AND end_time IS NOT NULL
                ORDER BY step_execution_id""")) {
            query.setString(1, step);
            query.setLong(2, afterId);
            try (ResultSet rs = query.executeQuery()) {
                List<StepRun> runs = new ArrayList<>();
                while (rs.next()) {
                    runs.add(new StepRun(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getDouble(5),
                            rs.getDouble(6), rs.getDouble(7)));
                }
                return runs;
            }
        }
    }

    /** Status of the ended execution of {@code job} after {@code afterId}, or null while none ended. */
    static String endedJob(Connection db, String job, long afterId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                WHERE i.job_name = ? AND e.job_execution_id > ? AND e.end_time IS NOT NULL
                ORDER BY e.job_execution_id LIMIT 1""")) {
            query.setString(1, job);
            query.setLong(2, afterId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Seconds from start to end of the ended execution of {@code job} after {@code afterId}. */
    static double jobSeconds(Connection db, String job, long afterId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT EXTRACT(EPOCH FROM e.end_time - e.start_time) FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                WHERE i.job_name = ? AND e.job_execution_id > ? AND e.end_time IS NOT NULL
                ORDER BY e.job_execution_id LIMIT 1""")) {
            query.setString(1, job);
            query.setLong(2, afterId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : 0;
            }
        }
    }
}
