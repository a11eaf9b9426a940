package io.crosscheck.article.store;

import com.mongodb.WriteConcern;
import io.crosscheck.article.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's collections write with write concern majority and journal, and the store accepts it: on Testcontainers'
 * MongoDB (a one-member replica set) where Docker exists, on the embedded server elsewhere (MongoTestResource).
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class DurableWriteConcernTest {
    @Inject
    MongoStore store;

    @Test
    void writesAreMajorityAndJournaled() {
        assertThat(MongoStore.DURABLE).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        for (String collection : new String[] {MongoArticleRepository.COLLECTION, "claims"}) {
            assertThat(store.database().getCollection(collection).getWriteConcern()).as(collection)
                    .isEqualTo(MongoStore.DURABLE);
        }
        var probe = store.database().getCollection("write_concern_probe");
        probe.insertOne(new Document("_id", "probe"));
        assertThat(probe.countDocuments()).isEqualTo(1);
        probe.drop();
    }
}
