package vn.phoihop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PhoiHopApplication {

    public static void main(String[] args) {
        SpringApplication.run(PhoiHopApplication.class, args);
    }
}
