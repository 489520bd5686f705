package vn.phoihop.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class DocumentNumbersTest {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** Tests share one database; an issuer of their own keeps their counters apart. */
    private static String newIssuer() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @Test
    void concurrentCallersGetOneToFiftyWithoutDuplicatesOrGaps() throws Exception {
        String issuer = newIssuer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<DocumentNumber>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return numbers.next(issuer, 2024);
                }));
            }
            start.countDown();
            List<Integer> given = new ArrayList<>();
            for (Future<DocumentNumber> call : calls) {
                given.add(call.get(60, TimeUnit.SECONDS).number());
            }
            assertThat(given).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyIssuerAndYearStartsAtOne() {
        String issuer = newIssuer();
        String other = newIssuer();
        assertThat(numbers.next(issuer, 2024).number()).isEqualTo(1);
        assertThat(numbers.next(issuer, 2024).number()).isEqualTo(2);
        assertThat(numbers.next(other, 2024).number()).isEqualTo(1);
        assertThat(numbers.next(issuer, 2025)).isEqualTo(new DocumentNumber(issuer, 2025, 1));
        assertThat(numbers.next(issuer, 2024).number()).isEqualTo(3);
    }

    @Test
    void aRolledBackCallerGivesItsNumberBack() {
        String issuer = newIssuer();
        assertThat(numbers.next(issuer, 2024).number()).isEqualTo(1);
        TransactionTemplate caller = new TransactionTemplate(transactionManager);
        caller.executeWithoutResult(status -> {
            assertThat(numbers.next(issuer, 2024).number()).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(numbers.next(issuer, 2024).number()).isEqualTo(2);
    }

    @Test
    void theFirstNumberOfARolledBackYearIsGivenAgain() {
        String issuer = newIssuer();
        TransactionTemplate caller = new TransactionTemplate(transactionManager);
        caller.executeWithoutResult(status -> {
            assertThat(numbers.next(issuer, 2024).number()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(numbers.next(issuer, 2024).number()).isEqualTo(1);
    }

    @Test
    void symbolsArePaddedBelowTen() {
        assertThat(new DocumentNumber("CAT", 2024, 1).symbol("QĐ")).isEqualTo("01/QĐ-CAT");
        assertThat(new DocumentNumber("CAT", 2024, 5).symbol("QĐ")).isEqualTo("05/QĐ-CAT");
        assertThat(new DocumentNumber("CAT", 2024, 10).symbol("QĐ")).isEqualTo("10/QĐ-CAT");
        assertThat(new DocumentNumber("CAT", 2024, 123).symbol("QĐ")).isEqualTo("123/QĐ-CAT");
    }
}
