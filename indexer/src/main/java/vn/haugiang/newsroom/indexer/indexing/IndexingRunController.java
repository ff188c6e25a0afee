package vn.haugiang.newsroom.indexer.indexing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/indexing/run} (role SYSTEM_ADMIN): runs the incremental content job, then the
 * incremental publications job, synchronously, and answers what each did:
 * <pre>{"content": {"status": "COMPLETED", "read": 12, "written": 12, "failures": []},
 *  "publications": {"status": "COMPLETED", "read": 40, "written": 40, "failures": []}}</pre>
 * {@code read}/{@code written} sum the job's steps (outbox rows, delivery events, publications
 * read; items or changes written). 200 when both completed, 500 with the same body otherwise;
 * {@code failures} then names each failure (e.g. the documents Elasticsearch refused).
 *
 * <p>Unlike the scheduled runs, an on-demand run refreshes both aliases before it answers: its caller
 * (an operator, the demo) reads right after, and should see what the run wrote.
 */
@RestController
class IndexingRunController {

    private final ContentIndexing content;
    private final PublicationIndexing publications;
    private final IndexAdmin contentIndexAdmin;
    private final IndexAdmin publicationIndexAdmin;
    private final String contentAlias;
    private final String publicationsAlias;

    IndexingRunController(ContentIndexing content, PublicationIndexing publications, IndexAdmin contentIndexAdmin,
            IndexAdmin publicationIndexAdmin, ContentIndexProperties contentProperties,
            PublicationIndexProperties publicationProperties) {
        this.content = content;
        this.publications = publications;
        this.contentIndexAdmin = contentIndexAdmin;
        this.publicationIndexAdmin = publicationIndexAdmin;
        this.contentAlias = contentProperties.alias();
        this.publicationsAlias = publicationProperties.alias();
    }

    /** What one job run did. */
    record Run(String status, long read, long written, List<String> failures) {

        static Run of(JobExecution execution) {
            long read = 0;
            long written = 0;
            for (StepExecution step : execution.getStepExecutions()) {
                read += step.getReadCount();
                written += step.getWriteCount();
            }
            return new Run(execution.getStatus().name(), read, written,
                    execution.getAllFailureExceptions().stream().map(Throwable::getMessage).toList());
        }
    }

    @PostMapping("/api/indexing/run")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Map<String, Run>> run() {
        Map<String, Run> runs = new LinkedHashMap<>();
        runs.put("content", Run.of(content.indexChanges()));
        runs.put("publications", Run.of(publications.indexChanges()));
        contentIndexAdmin.refresh(contentAlias);
        publicationIndexAdmin.refresh(publicationsAlias);
        boolean completed = runs.values().stream().allMatch(r -> r.status().equals(BatchStatus.COMPLETED.name()));
        return ResponseEntity.status(completed ? HttpStatus.OK : HttpStatus.INTERNAL_SERVER_ERROR).body(runs);
    }
}
