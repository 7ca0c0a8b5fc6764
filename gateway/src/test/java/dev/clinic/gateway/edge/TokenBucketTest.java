package dev.clinic.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.clinic.gateway.edge.TokenBucket.Decision;
import dev.clinic.gateway.edge.TokenBucket.Limit;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheBurstThenRefusesWithTheTimeToTheNextToken() {
        TokenBucket bucket = new TokenBucket(new Limit(3, 6), 0); // one token every 10 s
        assertThat(bucket.take(0)).isEqualTo(new Decision(true, 3, 2, 0, 10));
        assertThat(bucket.take(0).remaining()).isEqualTo(1);
        assertThat(bucket.take(0).remaining()).isZero();

        Decision refused = bucket.take(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
        assertThat(refused.resetSeconds()).isEqualTo(30);
    }

    @Test
    void refillsContinuouslyAndNeverBeyondCapacity() {
        TokenBucket bucket = new TokenBucket(new Limit(2, 60), 0); // one token a second
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.take(SECOND / 2).retryAfterSeconds()).isEqualTo(1);
        assertThat(bucket.take(SECOND).allowed()).isTrue();
        assertThat(bucket.take(SECOND).allowed()).isFalse();

        assertThat(bucket.isFull(10 * SECOND)).isTrue();
        assertThat(bucket.take(3_600 * SECOND).remaining()).isEqualTo(1);
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        TokenBucket bucket = new TokenBucket(new Limit(1, 6_000), 0);
        bucket.take(0);
        assertThat(bucket.take(0).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void clockGoingBackwardsChangesNothing() {
        TokenBucket bucket = new TokenBucket(new Limit(1, 60), 5 * SECOND);
        bucket.take(5 * SECOND);
        assertThat(bucket.take(SECOND).allowed()).isFalse();
        assertThat(bucket.take(6 * SECOND).allowed()).isTrue();
    }

    @Test
    void limitNeedsPositiveNumbers() {
        assertThatThrownBy(() -> new Limit(0, 60)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new Limit(10, 0)).hasMessageContaining("at least 1");
    }
}
