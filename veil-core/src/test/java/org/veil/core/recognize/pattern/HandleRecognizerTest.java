package org.veil.core.recognize.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;

class HandleRecognizerTest {
    private final HandleRecognizer handles = new HandleRecognizer();

    @Test
    void handleShapesWithoutAnAtSign() {
        assertEquals(List.of("voron_29"), Found.in(handles, "Online he goes by voron_29 and posts daily."));
        assertEquals(List.of("ivan.petrov88"), Found.in(handles, "His profile, ivan.petrov88, is public."));
        assertEquals(List.of("free_press"), Found.in(handles, "the channel free_press reposted it"));
    }

    @Test
    void atHandlesMayHoldDots() {
        assertEquals(List.of("@ivan.petrov"), Found.in(PatternRecognizers.handle(), "follow @ivan.petrov now"));
        assertEquals(List.of("@ryan-williams"), Found.in(PatternRecognizers.handle(), "fixed by @ryan-williams in"));
        assertTrue(Found.in(PatternRecognizers.handle(), "write to ivan@mail.ru; `@self` was removed").isEmpty());
    }

    @Test
    void anyWordRightAfterANicknameWord() {
        assertEquals(List.of("voron"), Found.in(handles, "known under the nickname “voron” in the chats"));
        assertEquals(List.of("voron"), Found.in(handles, "в чатах под ником voron"));
        assertEquals(List.of("ivan.petrov"), Found.in(handles, "her Instagram handle ivan.petrov"));
        assertEquals(List.of("Voron"), Found.in(handles, "his nickname was Voron."));
        assertEquals(List.of("voron"), Found.in(handles, "his username is “voron”."));
        assertEquals(List.of("Ворон"), Found.in(handles, "писал под ником Ворон в чатах"));
        assertEquals(List.of("voron"), Found.in(handles, "никнейм: voron"));
        assertEquals(List.of("voron29"), Found.in(handles, "his Telegram account voron29 was blocked"));
        assertEquals(List.of("voron29"), Found.in(handles, "аккаунт voron29 в Инстаграме"));
    }

    @Test
    void proseCodeAndReferencesAreNotHandles() {
        assertTrue(Found.in(handles, "He handled the case and his nickname was unknown.").isEmpty());
        assertTrue(Found.in(handles, "The Telegram channel posted news about Windows 10.").isEmpty());
        assertTrue(Found.in(handles, "the television channel TV3 and the channel RTL2 played an mp3").isEmpty());
        assertTrue(Found.in(handles, "Nick Smith arrived; Ника пришла; handle the case with care.").isEmpty());
        assertTrue(Found.in(handles, "set user_id and max_len in main.py, call snake_case(x) or obj.method_name")
                .isEmpty(), "code identifiers");
        assertTrue(Found.in(handles, "see example.org, e.g. python3.11 or art.6 and report_2020.pdf").isEmpty());
        assertTrue(Found.in(handles, "raise auth_timeout, run install_from_default, use utf_8, sys.ps1, char_u8")
                .isEmpty(),
                "without digits, or with a code word, an underscore word is code");
        assertTrue(Found.in(handles, "The alias used to store the key; a pseudonym chosen later").isEmpty());
        assertTrue(Found.in(handles, "select it for your user account E.g. the one above").isEmpty());
        assertTrue(Found.in(handles, "summarize as the username followed by the text; what to handle: Writing")
                .isEmpty());
        assertTrue(Found.in(handles, "read_username_from_file, username_file, user_pref2, threads v0.1.0").isEmpty(),
                "code: identifiers and a second variable");
        assertTrue(Found.in(handles, "write to ivan.petrov88@mail.ru or t.me/voron_29").isEmpty(),
                "e-mail and link parts are the e-mail's and the link's");
        assertTrue(Found.in(handles, "COVID-19, version 2.1 and page 29 of the report").isEmpty());
    }
}
