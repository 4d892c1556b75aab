import QtQuick
import QtTextToSpeech
import Kiosk.Backend

// Read aloud's voice (Qt TextToSpeech: speech-dispatcher with espeak-ng). Made by QML when
// read aloud is first chosen, never by Python (see kiosk/ui/speech.py): Speech asks it to
// say, pause, go on or stop, and hears back its state.
Item {
    TextToSpeech {
        id: voice
        objectName: "voice"
        engine: Speech.engine
        onStateChanged: Speech.reported(voice.state === TextToSpeech.Speaking ? 1
                                        : voice.state === TextToSpeech.Paused ? 2
                                        : voice.state === TextToSpeech.Error ? 3 : 0)
        onErrorOccurred: (reason, message) => console.warn("read aloud:", message)
    }

    Connections {
        target: Speech

        function onSayRequested(text: string, locale: string) {
            voice.stop();
            voice.locale = Qt.locale(locale);
            voice.say(text);
        }
        function onPauseRequested() {
            voice.pause();
        }
        function onResumeRequested() {
            voice.resume();
        }
        function onStopRequested() {
            voice.stop();
        }
    }
}
