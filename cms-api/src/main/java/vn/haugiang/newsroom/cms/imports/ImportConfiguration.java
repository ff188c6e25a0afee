package vn.haugiang.newsroom.cms.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The application's one {@link DocumentImporter}, its child JVMs ended with the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportConfiguration.ImportProperties.class)
class ImportConfiguration {

    @Bean(destroyMethod = "close")
    DocumentImporter documentImporter(ImportProperties properties) {
        return new DocumentImporter(new DocumentImportProperties(properties.timeout(), properties.maxSize().toBytes(),
                properties.isolate(), properties.workers(), properties.workerHeapMegabytes()));
    }

    /**
     * {@code newsroom.imports.*}: see {@link DocumentImportProperties} for each limit.
     *
     * @param timeout per document (default 30 s)
     * @param maxSize per upload (default 50 MB)
     * @param isolate parse in child JVMs (default true; false only for development)
     * @param workers documents parsed at once (default 2)
     * @param workerHeapMegabytes heap of each child JVM in MiB (default 256)
     */
    @ConfigurationProperties("newsroom.imports")
    record ImportProperties(@DefaultValue("30s") Duration timeout, @DefaultValue("50MB") DataSize maxSize,
            @DefaultValue("true") boolean isolate, @DefaultValue("2") int workers,
            @DefaultValue("256") int workerHeapMegabytes) {
    }
}
