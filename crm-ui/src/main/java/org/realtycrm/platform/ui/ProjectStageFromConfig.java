package org.realtycrm.platform.ui;

import java.util.Set;

import jakarta.faces.application.ProjectStage;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets Faces' project stage from MicroProfile Config ({@value #KEY}, Production unless configured), so that an
 * operator changes it like every other setting instead of editing web.xml. Initializers run before Faces reads it.
 */
public class ProjectStageFromConfig implements ServletContainerInitializer {

    static final String KEY = "crm.faces.project-stage";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        String stage = ConfigProvider.getConfig(ProjectStageFromConfig.class.getClassLoader())
                .getOptionalValue(KEY, String.class)
                .orElse(ProjectStage.Production.name());
        context.setInitParameter(ProjectStage.PROJECT_STAGE_PARAM_NAME, ProjectStage.valueOf(stage).name());
    }
}
