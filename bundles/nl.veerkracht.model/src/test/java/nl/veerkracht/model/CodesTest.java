package nl.veerkracht.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void municipalityCodesAreGmAndFourDigits() {
        assertTrue(MunicipalityCode.isValid("GM0758"));
        for (String text : new String[] {"gm0758", "GM758", "GM07580", "PV30", "", "GM075a"}) {
            assertFalse(MunicipalityCode.isValid(text), text);
            assertEquals(Optional.empty(), MunicipalityCode.parse(text), text);
        }
        assertEquals("GM0758", MunicipalityCode.parse("GM0758").orElseThrow().toString());
        assertThrows(IllegalArgumentException.class, () -> new MunicipalityCode("GM75"));
    }

    @Test
    void provinceCodesArePvAndTwoDigits() {
        assertTrue(ProvinceCode.isValid("PV30"));
        for (String text : new String[] {"pv30", "PV3", "PV301", "GM0758", ""}) {
            assertFalse(ProvinceCode.isValid(text), text);
            assertEquals(Optional.empty(), ProvinceCode.parse(text), text);
        }
        assertEquals("PV30", ProvinceCode.parse("PV30").orElseThrow().code());
        assertThrows(IllegalArgumentException.class, () -> new ProvinceCode("PV"));
    }
}
