package vn.haugiang.newsroom.publisher.job;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.haugiang.newsroom.publisher.channel.social.SocialReconciliation;
import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Deliveries;

/**
 * The publish job {@value #JOB}, one run = one job instance (identifying parameter {@code run}):
 *
 * <ol>
 * <li>{@value #PLAN_STEP}: plans deliveries from the new outbox events ({@link OutboxPlanning}); its
 * execution context holds {@value #PLANNED_EVENTS}. Runs again on a restart (harmless: planning is
 * idempotent).</li>
 * <li>{@value #RECONCILE_STEP}: looks for the posts of {@code unknown} social deliveries first.</li>
 * <li>{@value #SEND_STEP}: a chunk step. {@link ClaimingReader} claims due deliveries of the kinds
 * that have a sender, under row locks; {@link SendingProcessor} sends each through its kind's
 * {@link vn.haugiang.newsroom.publisher.delivery.DeliverySender}; {@link OutcomeWriter} records the
 * outcomes in the chunk's transaction. Fault tolerant: an outcome the database refuses
 * ({@link DataIntegrityViolationException}) is skipped, the rest of the chunk is written again item by
 * item without sending anything again, and the refused delivery is recorded
 * {@code failed_permanent} ({@link UnrecordableOutcomes}).</li>
 * <li>{@value #REFRESH_STEP}: rebuilds the lists, feeds and sitemaps of the web channels that changed
 * ({@link StaleSites}).</li>
 * </ol>
 *
 * <p>Restartable by construction: the reader keeps no state, the database's due deliveries are the
 * restart point, and claims are leases (see {@link Deliveries}), so a run killed mid-chunk and started
 * again never sends a delivered delivery again. The non-identifying parameter {@code instance} is the
 * publisher instance named in the claims.
 *
 * <p>A run asked for by a unit admin carries the identifying parameter {@value #UNIT} (a restart keeps
 * it): its send step claims only deliveries of that unit's items to that unit's channels, and its
 * refresh step refreshes only that unit's web channels. Planning and reconciling stay whole: planning
 * only creates deliveries (every unit's events are read in one outbox order), reconciling only looks up
 * posts that may already exist; neither sends anything.
 */
@Configuration(proxyBeanMethods = false)
class PublishJobConfiguration {

    static final String JOB = "publishJob";
    static final String PLAN_STEP = "planDeliveriesStep";
    static final String RECONCILE_STEP = "reconcileUnknownStep";
    static final String SEND_STEP = "sendDeliveriesStep";
    static final String REFRESH_STEP = "refreshSitesStep";
    static final String PLANNED_EVENTS = "planned.events";
    /** Identifying job parameter: the unit whose deliveries a run sends; absent for every unit. */
    static final String UNIT = "unit";

    @Bean
    Job publishJob(JobRepository jobRepository, Step planDeliveriesStep, Step reconcileUnknownStep,
            Step sendDeliveriesStep, Step refreshSitesStep, RunsHere runsHere) {
        return new JobBuilder(JOB, jobRepository)
                .listener(runsHere)
                .listener(new FailureSummary())
                .start(planDeliveriesStep)
                .next(reconcileUnknownStep)
                .next(sendDeliveriesStep)
                .next(refreshSitesStep)
                .build();
    }

    /**
     * Looks for the posts of {@code unknown} social deliveries before anything is claimed, so a post the
     * platform created despite an error is recorded, not sent again ({@link SocialReconciliation}). Its
     * execution context holds the four counts.
     */
    @Bean
    Step reconcileUnknownStep(JobRepository jobRepository, SocialReconciliation reconciliation,
            PublishingProperties properties) {
        return new StepBuilder(RECONCILE_STEP, jobRepository)
                .tasklet((contribution, context) -> {
                    String instance = (String) context.getStepContext().getJobParameters().get("instance");
                    SocialReconciliation.Reconciled reconciled = reconciliation.reconcile(instance,
                            properties.chunkSize());
                    var out = contribution.getStepExecution().getExecutionContext();
                    out.putInt("reconciled.found", reconciled.found());
                    out.putInt("reconciled.sendAgain", reconciled.sendAgain());
                    out.putInt("reconciled.waiting", reconciled.waiting());
                    out.putInt("reconciled.unchecked", reconciled.unchecked());
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * Rebuilds the lists, feeds and sitemaps of the web channels that changed ({@link StaleSites}): after
     * the send step, so new pages are listed in the same run, and after take-downs, which remove pages.
     */
    @Bean
    Step refreshSitesStep(JobRepository jobRepository, StaleSites staleSites) {
        return new StepBuilder(REFRESH_STEP, jobRepository)
                .tasklet((contribution, context) -> {
                    var refreshed = staleSites.refreshStale((String) context.getStepContext().getJobParameters().get(UNIT));
                    contribution.getStepExecution().getExecutionContext().putInt("sites.refreshed", refreshed.size());
                    contribution.incrementWriteCount(refreshed.stream().mapToLong(r -> r.written().size()).sum());
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * Planning commits batch by batch in transactions of its own (each holding the outbox position's
     * lock briefly), so the tasklet itself runs without one.
     */
    @Bean
    Step planDeliveriesStep(JobRepository jobRepository, OutboxPlanning planning) {
        return new StepBuilder(PLAN_STEP, jobRepository)
                .tasklet((contribution, context) -> {
                    int events = planning.planNewEvents();
                    contribution.getStepExecution().getExecutionContext().putInt(PLANNED_EVENTS, events);
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step sendDeliveriesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ClaimingReader claimingReader, DeliverySenders senders, Deliveries deliveries,
            PublishingProperties properties) {
        TransactionTemplate nested = template(transactionManager, TransactionDefinition.PROPAGATION_NESTED);
        OutcomeCounts counts = new OutcomeCounts();
        return new StepBuilder(SEND_STEP, jobRepository)
                .<ClaimedDelivery, SentDelivery>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(claimingReader)
                .processor(new SendingProcessor(senders, deliveries, properties.lease()))
                .writer(new OutcomeWriter(deliveries, nested))
                // Registered as write and skip listener both.
                .listener(counts)
                .faultTolerant()
                // Any number of refused outcomes: each is one delivery, recorded failed, never a reason
                // to stop the others.
                .skipPolicy((t, skipCount) -> t instanceof DataIntegrityViolationException)
                .skipListener(new UnrecordableOutcomes(deliveries,
                        template(transactionManager, TransactionDefinition.PROPAGATION_REQUIRES_NEW)))
                .build();
    }

    @Bean
    @StepScope
    ClaimingReader claimingReader(Deliveries deliveries, PlatformTransactionManager transactionManager,
            DeliverySenders senders, PublishingProperties properties,
            @Value("#{jobParameters['instance']}") String instance, @Value("#{jobParameters['unit']}") @Nullable String unit) {
        return new ClaimingReader(deliveries, template(transactionManager, TransactionDefinition.PROPAGATION_REQUIRES_NEW),
                instance, unit, senders.kinds(), properties.chunkSize(), properties.lease());
    }

    private static TransactionTemplate template(PlatformTransactionManager transactionManager, int propagation) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(propagation);
        return template;
    }
}
