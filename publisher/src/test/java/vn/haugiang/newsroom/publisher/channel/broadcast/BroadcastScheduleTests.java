package vn.haugiang.newsroom.publisher.channel.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The periodic broadcast run's settings, bound as the application binds them
 * ({@code newsroom.publisher.broadcast.schedule.*} into {@link BroadcastProperties}), and the task
 * {@link BroadcastSchedule} registers with them.
 */
class BroadcastScheduleTests {

    private static final String PREFIX = "newsroom.publisher.broadcast";

    @Test
    void withoutSettingsTheRunIsEnabledEveryFiveMinutes() {
        BroadcastProperties properties = bind(Map.of());

        assertThat(properties.schedule().enabled()).isTrue();
        assertThat(properties.schedule().delay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.daysAfter()).as("the other settings keep their defaults").isEqualTo(7);
    }

    @Test
    void theScheduleRegistersOneFixedDelayTaskWithTheConfiguredDelay() {
        BroadcastProperties properties = bind(Map.of(PREFIX + ".schedule.delay", "90s"));
        var registrar = new ScheduledTaskRegistrar();

        // The task is only registered here, never run, so the publishing it would call is not needed.
        new BroadcastSchedule(null, properties).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).singleElement()
                .extracting(IntervalTask::getIntervalDuration).isEqualTo(Duration.ofSeconds(90));
        assertThat(registrar.getFixedRateTaskList()).isEmpty();
    }

    @Test
    void aDelayThatIsNotPositiveIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of(PREFIX + ".schedule.delay", "0s")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("schedule.delay must be > 0");
    }

    private static BroadcastProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate(PREFIX, BroadcastProperties.class);
    }
}
