package org.councilfeedback.web;

import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which database the application runs on, for the few queries that differ between PostgreSQL and H2. */
public final class DatabaseVendor {

    private DatabaseVendor() {
    }

    /** True when the data source is PostgreSQL (false for the embedded H2, or when it cannot be asked). */
    public static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}
