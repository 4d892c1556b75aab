import QtQuick
import QtMultimedia
import Kiosk.Backend

// The concert excerpts' one player. Made by QML, never by Python (see kiosk/ui/audio.py):
// Audio asks it to play or stop and hears back the position, the end or the failure. With no
// sound device it plays nothing and says so, rather than run a silent progress bar.
Item {
    MediaDevices {
        id: devices
    }
    MediaPlayer {
        id: player
        objectName: "excerptPlayer"
        audioOutput: AudioOutput {}
        onPositionChanged: Audio.report(player.position, player.duration)
        onDurationChanged: Audio.report(player.position, player.duration)
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.EndOfMedia)
                Audio.finish();
            else if (mediaStatus === MediaPlayer.InvalidMedia)
                Audio.fail(player.errorString || "not a playable file");
        }
        onErrorOccurred: (error, message) => Audio.fail(message)
    }

    Connections {
        target: Audio
        function onPlayRequested(path: string) {
            player.stop();
            if (devices.audioOutputs.length === 0) {
                Audio.noSoundDevice();
                return;
            }
            player.source = "file://" + path;
            player.play();
        }
        function onStopRequested() {
            player.stop();
            player.source = "";
        }
    }
}
