package vn.haugiang.newsroom.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@RequiresLocalServers(LocalServer.POSTGRES)
class OutboxTests {

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void eventCommittedWithItsTransactionIsStoredOnce() {
        String itemId = UUID.randomUUID().toString();
        var event = new OutboxEvent("item", itemId, 1, "ItemCreated", "{\"headline\": \"An toàn thông tin\"}");

        Long id = transactions.execute(status -> outbox.append(event));

        var stored = jdbc.sql("SELECT id, event_type, payload->>'headline' AS headline FROM outbox_event WHERE aggregate_id = ?")
                .param(itemId)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("event_type"), rs.getString("headline")})
                .list();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).containsExactly(id, "ItemCreated", "An toàn thông tin");
    }

    @Test
    void eventOfARolledBackTransactionLeavesNoRow() {
        String itemId = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            outbox.append(new OutboxEvent("item", itemId, 1, "ItemCreated", "{}"));
            status.setRollbackOnly();
        });

        assertThat(countFor(itemId)).isZero();
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        String itemId = UUID.randomUUID().toString();

        assertThatThrownBy(() -> outbox.append(new OutboxEvent("item", itemId, 1, "ItemCreated", "{}")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(countFor(itemId)).isZero();
    }

    @Test
    void springBatchSchemaIsMigrated() {
        Integer tables = jdbc.sql("""
                SELECT count(*) FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name LIKE 'batch\\_%'
                """).query(Integer.class).single();
        assertThat(tables).isEqualTo(6);
    }

    private int countFor(String itemId) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?").param(itemId).query(Integer.class).single();
    }
}
