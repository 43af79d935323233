package dev.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class WatchCommandTest {
  private final WatchCommand.IntervalConverter convert = new WatchCommand.IntervalConverter();

  @Test
  void intervalsInSecondsMinutesHoursDays() {
    assertThat(convert.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(convert.convert("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(convert.convert("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(convert.convert("120")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void zeroAndUnknownUnitsAreRejected() {
    assertThatThrownBy(() -> convert.convert("0m")).isInstanceOf(TypeConversionException.class);
    assertThatThrownBy(() -> convert.convert("5x")).isInstanceOf(TypeConversionException.class).hasMessageContaining("5x");
  }
}
