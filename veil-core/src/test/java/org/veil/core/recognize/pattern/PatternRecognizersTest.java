package org.veil.core.recognize.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.core.recognize.pattern.PatternRecognizers.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;

class PatternRecognizersTest {
    @Test
    void emailAddresses() {
        assertEquals(List.of("d.sokolov@example.org"), Found.in(email(), "write to d.sokolov@example.org, please"));
        assertTrue(Found.in(email(), "meet me @ the station at 5").isEmpty());
    }

    @Test
    void urlsAndHandles() {
        assertEquals(List.of("https://example.org/a?b=1"), Found.in(url(), "see https://example.org/a?b=1."));
        assertEquals(List.of("t.me/dsokolov_kzn"), Found.in(url(), "on t.me/dsokolov_kzn today"));
        assertEquals(List.of("vk.com/id12345"), Found.in(url(), "profile vk.com/id12345"));
        assertEquals(List.of("@free_press"), Found.in(handle(), "follow @free_press now"));
        assertTrue(Found.in(handle(), "mail anna@example.org").isEmpty(), "e-mail domain is not a handle");
    }

    @Test
    void ipAddresses() {
        assertEquals(List.of("192.168.10.4"), Found.in(ipv4(), "from 192.168.10.4 at night"));
        assertTrue(Found.in(ipv4(), "version 300.1.1.1 and 1.2.3").isEmpty());
        assertEquals(List.of("2001:db8::ff00:42:8329"), Found.in(ipv6(), "addr 2001:db8::ff00:42:8329 seen"));
        assertTrue(Found.in(ipv6(), "at 10:30 and 14:45:10").isEmpty(), "times are not IPv6");
    }

    @Test
    void ibanWithChecksum() {
        assertEquals(List.of("GB82 WEST 1234 5698 7654 32"), Found.in(iban(), "pay GB82 WEST 1234 5698 7654 32 now"));
        assertTrue(Found.in(iban(), "pay GB83 WEST 1234 5698 7654 32 now").isEmpty(), "bad check digits");
    }

    @Test
    void paymentCardWithLuhn() {
        assertEquals(List.of("4276 3800 1234 5679"), Found.in(paymentCard(), "card 4276 3800 1234 5679 expired"));
        assertTrue(Found.in(paymentCard(), "card 4276 3800 1234 5678 expired").isEmpty(), "fails Luhn");
    }

    @Test
    void applicationAndCaseNumbers() {
        assertEquals(List.of("36110/97"), Found.in(caseNumber(), "an application (no. 36110/97) against"));
        assertEquals(List.of("2-1234/2019"), Found.in(caseNumber(), "in case no. 2-1234/2019 the court"));
        assertEquals(List.of("28291/95", "29280/95"), Found.in(caseNumberListItem(), "nos. 28291/95 and 29280/95"));
        assertTrue(Found.in(caseNumber(), "under Article 34 of the Convention").isEmpty());
        assertTrue(Found.in(caseNumberListItem(), "on 11/03/2022 and in 1996").isEmpty());
    }

    @Test
    void documentNumbersNeedContext() {
        assertEquals(List.of("4506 123456"), Found.in(documentNumber(), "His passport no. 4506 123456 and a card"));
        assertEquals(List.of("AB1234567"), Found.in(documentNumber(), "passport number AB1234567."));
        assertTrue(Found.in(documentNumber(), "he waited 1234567 seconds").isEmpty());
        assertEquals(List.of("123-45-6789"), Found.in(ssn(), "SSN 123-45-6789"));
        assertTrue(Found.in(ssn(), "number 000-45-6789").isEmpty());
    }

    @Test
    void vehiclePlates() {
        assertEquals(List.of("AB12 CDE"), Found.in(ukPlate(), "a car AB12 CDE was seen"));
        assertEquals(List.of("AB-123-CD"), Found.in(contextPlate(), "licence plate AB-123-CD was"));
        assertTrue(Found.in(contextPlate(), "the licence plate was dirty").isEmpty());
    }

    @Test
    void gpsCoordinates() {
        assertEquals(List.of("55.7558, 37.6173"), Found.in(gps(), "at 55.7558, 37.6173 yesterday"));
        assertEquals(List.of("55°45′21″N 37°37′04″E"), Found.in(gps(), "at 55°45′21″N 37°37′04″E."));
        assertTrue(Found.in(gps(), "ratio 95.1234, 237.5678").isEmpty(), "latitude out of range");
        assertTrue(Found.in(gps(), "paid 12.50, 13.75").isEmpty(), "two decimals are prices");
    }

    @Test
    void streetAddresses() {
        assertEquals(List.of("ul. Lenina 5, kv. 12"), Found.in(streetAddress(), "at ul. Lenina 5, kv. 12, and"));
        assertEquals(List.of("221B Baker Street"), Found.in(streetAddress(), "lives at 221B Baker Street in"));
        assertTrue(Found.in(streetAddress(), "walked down the street").isEmpty());
        // The house number after the street, as Russian addresses are written in English.
        assertEquals(List.of("Lenina Street 12, apt. 45"),
                Found.in(streetAddress(), "parents' flat on Lenina Street 12, apt. 45. He"));
        assertEquals(List.of("Tverskaya St., 7/2"), Found.in(streetAddress(), "office at Tverskaya St., 7/2 since"));
        assertEquals(List.of("vul. Shevchenka 14/2"), Found.in(streetAddress(), "we live at vul. Shevchenka 14/2, Kramatorsk"));
        assertTrue(Found.in(streetAddress(), "after the Wall Street 2008 crash").isEmpty(), "a year is no house");
    }

    @Test
    void phoneNumbers() {
        PhoneRecognizer p = new PhoneRecognizer();
        assertEquals(List.of("+7 912 345-67-89"), Found.in(p, "call +7 912 345-67-89 now"));
        assertEquals(List.of("020 7946 0018"), Found.in(p, "ring 020 7946 0018 tomorrow"));
        assertTrue(Found.in(p, "application no. 36110/97 lodged on 11/03/2022, 1949").isEmpty());
        assertTrue(Found.in(p, "awarded EUR 4,000,000 and 1,500,000").isEmpty());
        assertTrue(Found.in(p, "passport no. 4506 123456").isEmpty(), "document context wins");
    }
}
