package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.core.exception.SdkException;
import vn.haugiang.newsroom.epg.XmltvReader;
import vn.haugiang.newsroom.publisher.channel.broadcast.ScheduleDay.Channel;

/**
 * Publishes broadcast schedules: for every broadcast channel (or one) and every local day of a window, runs
 * {@value EpgJobConfiguration#JOB} unless that channel-day's files are already written for its current schedule,
 * then rewrites each channel's live-broadcast page. Runs are synchronous and serialised within this process.
 *
 * <p>Local days are {@code Asia/Ho_Chi_Minh} days; the default window is yesterday to seven days ahead
 * ({@code newsroom.publisher.broadcast.days-before}, {@code days-after}). A channel-day that fails is reported
 * (status {@code FAILED}, with the error) and the run goes on; the next run restarts it where it stopped.
 */
@Service
public class BroadcastPublishing {

    private static final Logger log = LoggerFactory.getLogger(BroadcastPublishing.class);

    private final BroadcastSources sources;
    private final EpgRenderer renderer;
    private final EpgObjectSink sink;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final BroadcastProperties properties;
    private final Clock clock = Clock.systemUTC();

    BroadcastPublishing(BroadcastSources sources, EpgRenderer renderer, EpgObjectSink sink, JobOperator jobOperator,
            JobRepository jobRepository, @Qualifier(EpgJobConfiguration.JOB) Job job, BroadcastProperties properties) {
        this.sources = sources;
        this.renderer = renderer;
        this.sink = sink;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.properties = properties;
    }

    /**
     * @param from      the first local day, or {@code null}: today minus {@code days-before}
     * @param to        the last local day (inclusive), or {@code null}: today plus {@code days-after}
     * @param channelId one broadcast channel, or {@code null}: every one
     * @return what each channel-day's job did, and the live pages written
     * @throws IllegalArgumentException   if {@code to} is before {@code from} or the window is longer than
     *                                    {@code max-days} (message names the field)
     * @throws UnknownChannelException    if {@code channelId} is not a broadcast channel
     */
    public BroadcastRun run(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String channelId) {
        return run(from, to, channelId, null);
    }

    /**
     * {@link #run(LocalDate, LocalDate, String)} limited to the broadcast channels of one unit: a channel of
     * another unit is refused as unknown.
     *
     * @param unitScope the unit whose channels may be run, or {@code null} for every unit
     */
    public synchronized BroadcastRun run(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String channelId,
            @Nullable String unitScope) {
        LocalDate today = LocalDate.now(clock.withZone(XmltvReader.HO_CHI_MINH));
        LocalDate first = from != null ? from : today.minusDays(properties.daysBefore());
        LocalDate last = to != null ? to : today.plusDays(properties.daysAfter());
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("to: " + last + " is before from " + first);
        }
        if (first.plusDays(properties.maxDays()).isBefore(last.plusDays(1))) {
            throw new IllegalArgumentException("to: a run covers at most " + properties.maxDays() + " days");
        }
        List<Channel> channels = (channelId == null ? sources.channels()
                : List.of(sources.channel(channelId).filter(c -> unitScope == null || c.unitId().equals(unitScope))
                        .orElseThrow(() -> new UnknownChannelException(channelId))))
                .stream().filter(c -> unitScope == null || c.unitId().equals(unitScope)).toList();
        List<DayResult> days = new ArrayList<>();
        List<String> livePages = new ArrayList<>();
        for (Channel channel : channels) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(publishDay(channel, day));
            }
            String live = publishLivePage(channel);
            if (live != null) {
                livePages.add(live);
            }
        }
        return BroadcastRun.of(first, last, days, livePages);
    }

    private DayResult publishDay(Channel channel, LocalDate day) {
        ScheduleDay schedule = sources.day(channel, day);
        JobParameters parameters = new JobParametersBuilder()
                .addString(EpgJobConfiguration.CHANNEL, channel.id())
                .addLocalDate(EpgJobConfiguration.DAY, day)
                .addString(EpgJobConfiguration.FINGERPRINT, schedule.fingerprint(EpgRenderer.RENDER_VERSION))
                .toJobParameters();
        List<String> keys = Arrays.stream(EpgOutput.values()).map(o -> o.key(channel.id(), day)).toList();
        JobExecution last = jobRepository.getLastJobExecution(EpgJobConfiguration.JOB, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return new DayResult(channel.id(), day, DayStatus.UNCHANGED, false, 0, keys, null);
        }
        boolean restart = last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED);
        JobExecution execution;
        try {
            execution = restart ? jobOperator.restart(last) : jobOperator.start(job, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            return new DayResult(channel.id(), day, DayStatus.UNCHANGED, false, 0, keys, null);
        } catch (Exception e) {
            log.warn("EPG job for {} {} could not start: {}", channel.id(), day, e.toString());
            return new DayResult(channel.id(), day, DayStatus.FAILED, restart, 0, keys, e.toString());
        }
        int written = (int) execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new DayResult(channel.id(), day, DayStatus.WRITTEN, restart, written, keys, null);
        }
        String error = execution.getAllFailureExceptions().stream().findFirst().map(BroadcastPublishing::rootCause)
                .orElse(execution.getExitStatus().getExitDescription());
        log.warn("EPG job for {} {} ended {}: {}", channel.id(), day, execution.getStatus(), error);
        return new DayResult(channel.id(), day, DayStatus.FAILED, restart, written, keys, error);
    }

    /** The step wraps the writer's exception ("Unable to process chunk"); its cause says what went wrong. */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? failure.toString() : failure.getMessage() + ": " + cause;
    }

    /** @return the key written, or {@code null} if the put failed (logged; the next run writes it again) */
    private @Nullable String publishLivePage(Channel channel) {
        Instant now = clock.instant();
        EpgObject page = renderer.livePage(channel, sources.slots(channel.id(), now, now.plus(properties.liveHorizon())),
                now);
        try {
            sink.put(page);
            return page.key();
        } catch (SdkException e) {
            log.warn("Live page {} could not be written: {}", page.key(), e.toString());
            return null;
        }
    }

    /** What became of one channel-day. */
    public enum DayStatus {
        /** The job ran (or was restarted) and completed: the day's files are written. */
        WRITTEN,
        /** The files were already written for the current schedule; nothing was done. */
        UNCHANGED,
        /** The job failed; the next run restarts it from the first file not written. */
        FAILED
    }

    /**
     * One channel-day.
     *
     * @param channelId      the broadcast channel
     * @param day            the local day
     * @param status         what happened
     * @param restarted      the job was a restart of a failed execution
     * @param objectsWritten objects put by this execution (fewer than four on a restart)
     * @param keys           the day's objects in the {@code site} bucket: {@code <channel>/epg/<day>.xml},
     *                       {@code .json}, {@code .ics}, {@code <channel>/lich-phat-song/<day>.html}
     * @param error          why it failed, or {@code null}
     */
    public record DayResult(String channelId, LocalDate day, DayStatus status, boolean restarted, int objectsWritten,
            List<String> keys, @Nullable String error) {
    }

    /**
     * One run.
     *
     * @param from      the first local day
     * @param to        the last local day
     * @param written   channel-days written
     * @param unchanged channel-days already up to date
     * @param failed    channel-days that failed
     * @param days      every channel-day, by channel then day
     * @param livePages the live-broadcast pages written, {@code <channel>/lich-phat-song/truc-tiep.html}
     */
    public record BroadcastRun(LocalDate from, LocalDate to, int written, int unchanged, int failed,
            List<DayResult> days, List<String> livePages) {

        static BroadcastRun of(LocalDate from, LocalDate to, List<DayResult> days, List<String> livePages) {
            return new BroadcastRun(from, to, count(days, DayStatus.WRITTEN), count(days, DayStatus.UNCHANGED),
                    count(days, DayStatus.FAILED), List.copyOf(days), List.copyOf(livePages));
        }

        private static int count(List<DayResult> days, DayStatus status) {
            return (int) days.stream().filter(d -> d.status() == status).count();
        }
    }

    /** No broadcast channel with this id. */
    public static final class UnknownChannelException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownChannelException(String channelId) {
            super("no broadcast channel " + channelId);
        }
    }
}
