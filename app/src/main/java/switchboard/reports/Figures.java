package switchboard.reports;

import java.math.BigDecimal;

/**
 * The figures of one row of a summary (or its total), defined in README "Reports". Seconds are whole seconds, floored
 * per call; ratios are 0..1 with three decimals; a ratio or average over nothing is null.
 */
public record Figures(long offered, long answered, long answeredWithinServiceLevel, BigDecimal serviceLevel,
                      BigDecimal serviceLevelWithAbandoned, BigDecimal averageSpeedOfAnswerSeconds,
                      Integer p90SpeedOfAnswerSeconds, BigDecimal averageQueueWaitSeconds, Integer longestQueueWaitSeconds,
                      long voicemail, long missed, long abandoned, long shortAbandoned, long closed, long nobodyAvailable,
                      long ringOut, long menu,
                      long offeredToUser, long answeredByUser, BigDecimal answerRate, long talkSeconds,
                      BigDecimal averageTalkSeconds, long missedWhileOffered,
                      long callbacksOpened, long callbacksDone, Integer medianCallbackSeconds) {
}
