package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import software.amazon.awssdk.services.s3.S3Client;
import vn.haugiang.newsroom.storage.StorageProperties;

/**
 * The job {@value #JOB}: writes one broadcast channel's files of one local day to the {@code site} bucket, in the
 * order of {@link EpgOutput} (XMLTV, JSON, iCalendar, schedule page), one object per chunk.
 *
 * <p><b>Identifying parameters</b>: {@value #CHANNEL} (broadcast channel id), {@value #DAY} (the local day, a
 * {@code LocalDate}) and {@value #FINGERPRINT} (the digest of what the day's files are made of,
 * {@link ScheduleDay#fingerprint}). A run for a channel-day whose schedule did not change has the same
 * parameters: after a failure it is a restart, after a success there is nothing to do. A changed schedule is a new
 * instance that writes all four files again.
 *
 * <p><b>Restart</b>: the reader of the files to write ({@value #READER}) saves its position after every chunk, so
 * a restarted execution writes only the files not yet written. Each put replaces a whole object at a fixed key,
 * so a file written just before a failure and written again is harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BroadcastProperties.class)
class EpgJobConfiguration {

    static final String JOB = "epgDayJob";
    static final String STEP = "epgDayStep";
    static final String READER = "epgDayOutputReader";
    static final String CHANNEL = "channel";
    static final String DAY = "day";
    static final String FINGERPRINT = "fingerprint";

    @Bean
    EpgRenderer epgRenderer(BroadcastProperties properties) {
        return new EpgRenderer(properties);
    }

    @Bean
    EpgObjectSink epgObjectSink(S3Client s3, StorageProperties storage) {
        return new S3EpgObjectSink(s3, storage.siteBucket());
    }

    @Bean
    Job epgDayJob(JobRepository jobRepository, Step epgDayStep) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {CHANNEL, DAY, FINGERPRINT}, new String[0]))
                .start(epgDayStep)
                .build();
    }

    @Bean
    Step epgDayStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            EpgOutputReader epgDayOutputReader, ItemProcessor<EpgOutput, EpgObject> epgDayRenderer,
            ItemWriter<EpgObject> epgDayWriter) {
        return new StepBuilder(STEP, jobRepository)
                .<EpgOutput, EpgObject>chunk(1)
                .transactionManager(transactionManager)
                .reader(epgDayOutputReader)
                .processor(epgDayRenderer)
                .writer(epgDayWriter)
                .build();
    }

    @Bean
    @StepScope
    EpgOutputReader epgDayOutputReader() {
        return new EpgOutputReader();
    }

    /** Reads the channel-day's schedule once per step execution, then renders each file from it. */
    @Bean
    @StepScope
    ItemProcessor<EpgOutput, EpgObject> epgDayRenderer(@Value("#{jobParameters['channel']}") String channelId,
            @Value("#{jobParameters['day']}") LocalDate day, BroadcastSources sources, EpgRenderer renderer) {
        Clock clock = Clock.systemUTC();
        return new ItemProcessor<>() {

            private @Nullable ScheduleDay schedule;

            @Override
            public EpgObject process(EpgOutput file) {
                if (schedule == null) {
                    ScheduleDay.Channel channel = sources.channel(channelId).orElseThrow(
                            () -> new IllegalStateException("no broadcast channel " + channelId));
                    schedule = sources.day(channel, day);
                }
                return renderer.render(schedule, file, clock.instant());
            }
        };
    }

    @Bean
    ItemWriter<EpgObject> epgDayWriter(EpgObjectSink sink) {
        return chunk -> chunk.forEach(sink::put);
    }

    /**
     * The files of a day in {@link EpgOutput} order; its position is the job's restart state. Not final: the step
     * scope proxies it by subclassing.
     */
    static class EpgOutputReader extends AbstractItemCountingItemStreamItemReader<EpgOutput> {

        EpgOutputReader() {
            setName(READER);
            setMaxItemCount(EpgOutput.values().length);
        }

        @Override
        protected EpgOutput doRead() {
            // read() counts before it calls doRead(): the count is the 1-based position of this item.
            return EpgOutput.values()[getCurrentItemCount() - 1];
        }

        @Override
        protected void doOpen() {
        }

        @Override
        protected void doClose() {
        }
    }
}
