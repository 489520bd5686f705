package vn.phoihop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PhoiHopApplication {

    public static void main(String[] args) {
        SpringApplication.run(PhoiHopApplication.class, args);
    }
}
