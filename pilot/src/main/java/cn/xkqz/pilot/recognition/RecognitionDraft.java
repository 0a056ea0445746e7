package cn.xkqz.pilot.recognition;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A recognition as bureau staff record it: its kind and the day it was granted, not after the city's
 * today ({@link Recognitions} checks it against Xinxiang's date).
 */
public record RecognitionDraft(
        @NotNull RecognitionKind kind, @NotNull LocalDate date) implements CheckedCommand {}
