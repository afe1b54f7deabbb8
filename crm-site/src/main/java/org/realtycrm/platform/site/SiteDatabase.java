package org.realtycrm.platform.site;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The website's connection pool: the read-only role ({@code CRM_SITE_DB_USER}, a member of crm_site_reader) that
 * may select from the {@code site_*} views and nothing else, its sessions read-only by default as well. Payara
 * fills in the {@code ${ENV=...}} values from the node's environment when the application starts.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = SiteDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        serverName = "${ENV=CRM_SITE_DB_HOST}",
        databaseName = "${ENV=CRM_SITE_DB_NAME}",
        user = "${ENV=CRM_SITE_DB_USER}",
        password = "${ENV=CRM_SITE_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 24,
        maxIdleTime = 300,
        properties = {
            "portNumber=${ENV=CRM_SITE_DB_PORT}",
            "ApplicationName=realty-crm-site",
            "readOnly=true",
            "sslmode=${ENV=CRM_SITE_DB_SSLMODE}",
            // a slow query must not hold a visitor's page for long
            "options=-c statement_timeout=5000"
        })
public class SiteDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/site";
}
